// Q: Inside a timer callback, setTimeout(0) vs setImmediate - which is first?
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
}, 0);
