// RUNS: 200
// Main and worker answer each other three times while a 120 ms timer runs on the main
// thread: the exchange keeps its order, the timer falls anywhere in it (booting the worker
// and its first replies take tens of milliseconds, varying from run to run).
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => {
    if (n < 3) parentPort.postMessage(n + 1);
    else parentPort.close();
  });
`, { eval: true });
setTimeout(() => console.log('timeout 120'), 120);
w.on('message', (n) => {
  console.log('main got', n);
  w.postMessage(n);
});
w.on('exit', (c) => console.log('exit', c));
w.postMessage(0);
