// Q: In the main module, setTimeout(0) vs setImmediate - which runs first?
// RUNS: 300
//@ expect-outputs 2
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
