// RUNS: 200
// A worker's console.log is a stream to the parent: one write in flight until the parent
// has printed it and asks for more; later writes wait and then go together.  So 'b' and
// 'c' always come out together, as do 'e' and anything after it, while the parent's own
// lines for the worker's messages fall in between.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  console.log('a'); console.log('b'); console.log('c');
  parentPort.postMessage('m');
  setTimeout(() => {
    console.log('d'); console.log('e');
    parentPort.postMessage('n');
  }, 100);
`, { eval: true });
w.on('message', (m) => console.log('main got', m));
w.on('exit', (c) => console.log('exit', c));
