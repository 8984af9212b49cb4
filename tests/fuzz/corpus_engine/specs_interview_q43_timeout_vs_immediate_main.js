// Q: In the main module, setTimeout(0) vs setImmediate - which runs first?
// RUNS: 300
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
