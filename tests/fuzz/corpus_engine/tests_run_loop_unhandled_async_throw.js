// An un-awaited async function that throws: the crash happens after the microtask queue drains.
async function task() {
  await null;
  throw new Error('async failure');
}
task();
Promise.resolve().then(() => console.log('microtask still runs'));
process.nextTick(() => console.log('nextTick still runs'));
setTimeout(() => console.log('timer never runs'), 0);
