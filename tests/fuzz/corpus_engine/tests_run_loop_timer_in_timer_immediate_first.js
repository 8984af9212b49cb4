// Inside a timer callback, an immediate always runs before a new 0 ms timer.
setTimeout(() => {
  console.log('outer timer');
  setTimeout(() => console.log('inner timer'), 0);
  setImmediate(() => console.log('immediate'));
}, 1);
