// Q: Inside a setImmediate callback, setTimeout(0) vs another setImmediate - who wins?
// RUNS: 300
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
