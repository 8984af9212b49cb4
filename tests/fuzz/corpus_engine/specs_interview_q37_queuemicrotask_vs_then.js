// Q: Is queueMicrotask faster than Promise.then? Than process.nextTick?
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('then 1'));
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('nested microtask'));
});
Promise.resolve().then(() => console.log('then 2'));
