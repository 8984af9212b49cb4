// RUNS: 200
// The main thread is busy for 300 ms after starting a worker: by the time its loop looks,
// the worker has long printed both lines (the second one once the parent asked for more
// data, which it did when the Worker was made) and posted its message, so the parent
// usually sees them all at once: its internal port (output) first, then the public port;
// or the parent's first pass races the worker's second write.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  console.log('w1'); console.log('w2');
  parentPort.postMessage('m');
`, { eval: true });
w.on('message', (m) => console.log('main got', m));
w.on('exit', (c) => console.log('exit', c));
const t = Date.now();
while (Date.now() - t < 300);
console.log('main sync end');
