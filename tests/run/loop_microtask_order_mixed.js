// nextTick, promises, queueMicrotask and timers in the main script: a deterministic order.
setTimeout(() => console.log('timeout 1'), 0);
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => console.log('tick 1'));
(async () => {
  console.log('async start');
  await null;
  console.log('after await');
  process.nextTick(() => console.log('tick from async'));
  await new Promise((r) => setTimeout(r, 5));
  console.log('after timer await');
})();
Promise.resolve().then(() => process.nextTick(() => console.log('tick from promise')));
console.log('sync end');
