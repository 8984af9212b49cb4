// The busy-wait is inside a timer callback.
setTimeout(() => {
  const until = Date.now() + 300;
  while (Date.now() < until) {}
  console.log('timer done');
}, 1);
setImmediate(() => console.log('immediate'));
