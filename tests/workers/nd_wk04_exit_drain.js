// RUNS: 200
// A worker posts two messages and ends.  Usually the parent handles each message in its
// own turn (ticks and microtasks after each); when the worker's end is seen first, what
// is left is delivered in one go (no ticks between) right before 'exit'.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage('a');
  parentPort.postMessage('b');
`, { eval: true });
w.on('message', (m) => {
  console.log('got', m);
  process.nextTick(() => console.log('tick', m));
  Promise.resolve().then(() => console.log('micro', m));
});
w.on('exit', (c) => console.log('exit', c));
