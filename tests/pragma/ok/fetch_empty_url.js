// `//@ fetch ""`: an empty URL is a URL like any other (its copy was not
// terminated, so the answer was looked up past its end: found by fuzz_pragma).
// PRELUDE: fetch (run with node -r tools/prelude.js)
//@ fetch "" => {"empty":true}
//@ latency fetch 1..1
//@ expect-output
// {"empty":true}
fetch('').then((res) => res.json()).then((body) => console.log(JSON.stringify(body)));
