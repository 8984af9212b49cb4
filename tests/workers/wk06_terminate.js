// worker.terminate() stops a worker that would otherwise live forever (a 'message'
// listener on parentPort keeps it alive): exit code 1, the promise it returns resolves
// with that code after the 'exit' listeners, and threadId becomes -1.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (n) => parentPort.postMessage(n * 2));
`, { eval: true });
w.on('message', (m) => {
  console.log('main got', m);
  if (m === 4) {
    console.log('terminating');
    w.terminate().then((code) => console.log('terminate() resolved', code, w.threadId));
  }
});
w.on('exit', (code) => console.log('exit', code));
w.postMessage(1);
w.postMessage(2);
