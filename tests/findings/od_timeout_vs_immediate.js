// RUNS: 100
// setTimeout(0) against setImmediate in the main module: either may come first.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
