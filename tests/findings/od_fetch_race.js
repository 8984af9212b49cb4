// PRELUDE: fetch
// RUNS: 60
// Two requests of unknown latency: either may answer first.
fetch('https://example.com/a').then(() => console.log('a'));
fetch('https://example.com/b').then(() => console.log('b'));
