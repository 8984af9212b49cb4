// nextTick inside an immediate runs before the next immediate; a nested immediate waits.
setImmediate(() => {
  console.log('immediate A');
  process.nextTick(() => console.log('nextTick from A'));
  setImmediate(() => console.log('immediate C (next iteration)'));
});
setImmediate(() => console.log('immediate B'));
