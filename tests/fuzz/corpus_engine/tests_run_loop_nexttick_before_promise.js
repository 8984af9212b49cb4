// The whole nextTick queue runs before the first promise job (CommonJS main module).
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
queueMicrotask(() => console.log('microtask'));
console.log('sync');
