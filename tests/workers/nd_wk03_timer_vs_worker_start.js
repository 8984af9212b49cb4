// RUNS: 200
// Booting a worker takes tens of milliseconds: a main-thread timer of 100 ms can fire
// before or after the worker's first message.  A 1 ms timer always wins.
const { Worker } = require('worker_threads');
const w = new Worker(`require('worker_threads').parentPort.postMessage('worker up');`, { eval: true });
w.on('message', (m) => console.log(m));
setTimeout(() => console.log('timeout 1'), 1);
setTimeout(() => console.log('timeout 100'), 100);
