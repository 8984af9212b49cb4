// RUNS: 200
// PRELUDE: fetch
// REDUCES: no
//@ fetch "https://api.example.com/a" => {"v": 1}
//@ fetch "https://api.example.com/b" => {"v": 2}
//@ fetch "https://api.example.com/c" => {"v": 3}
//@ fetch "https://api.example.com/d" => {"v": 4}
// Four fetches: Promise.all waits for all, each also logs when it lands.
// Promise.all keeps one array and one counter for all four: the
// completions do not commute.
const urls = ["a", "b", "c", "d"].map((k) => `https://api.example.com/${k}`);
Promise.all(
  urls.map((u) =>
    fetch(u)
      .then((r) => r.json())
      .then((j) => (console.log("got", j.v), j.v)),
  ),
).then((vs) => console.log("sum", vs.reduce((a, b) => a + b, 0)));
