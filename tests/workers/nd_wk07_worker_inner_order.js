// RUNS: 200
// A worker's own event loop orders its nextTicks, promise jobs, timers and immediates as
// the main thread would; its messages arrive in the order it posted them, each handler
// followed by the main thread's own ticks and microtasks - except when the parent sees the
// worker's end first: then what is left is delivered at once, right before 'exit'.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const post = (s) => parentPort.postMessage(s);
  setTimeout(() => post('timeout 20'), 20);
  setImmediate(() => {
    post('immediate');
    process.nextTick(() => post('tick inside immediate'));
    Promise.resolve().then(() => post('promise inside immediate'));
  });
  Promise.resolve().then(() => post('promise'));
  process.nextTick(() => post('nextTick'));
  queueMicrotask(() => post('queueMicrotask'));
  post('sync');
  (async () => { await null; post('after await'); })();
`, { eval: true });
const got = [];
w.on('message', (m) => {
  got.push(m);
  process.nextTick(() => got.push(`  (main tick after ${m})`));
});
w.on('exit', (code) => console.log(got.join('\n'), '\nexit', code));
