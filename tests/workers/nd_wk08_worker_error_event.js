// RUNS: 200
// An uncaught exception in a worker: the worker's process emits 'exit' (code 1) and its
// output still arrives, then the Worker emits 'error' with a copy of the error (same
// standard class, message, stack text) and 'exit' with code 1.  The main thread goes on
// (its 300 ms timer usually comes last; a slow worker start can let it fire first).
const { Worker } = require('worker_threads');
const w = new Worker(`
  process.on('exit', (code) => console.log('worker process exit', code));
  console.log('worker: about to fail');
  setTimeout(() => { throw new RangeError('out of range in worker'); }, 1);
`, { eval: true });
w.on('error', (e) => {
  console.log('error event:', e instanceof RangeError, e.name, e.message);
  console.log('stack starts with:', e.stack.split('\n')[0]);
});
w.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('main keeps running'), 300);
