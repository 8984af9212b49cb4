// worker.unref(): the worker no longer keeps the main thread alive, which ends at once
// (the worker never gets to print).  process.on('worker') reports each new Worker.
const { Worker } = require('worker_threads');
process.on('worker', (w) => console.log('process worker event, threadId', w.threadId));
const w = new Worker(`console.log('worker ran'); require('worker_threads').parentPort.postMessage('hi');`, { eval: true });
w.on('message', (m) => console.log('message', m));
w.unref();
process.on('exit', () => console.log('main exit'));
console.log('sync end');
