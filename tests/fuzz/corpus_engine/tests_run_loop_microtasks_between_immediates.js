// The same holds for setImmediate callbacks.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('nextTick from 2'));
});
