// RUNS: 200
// Two workers print and post concurrently: each worker's lines stay in its own order, but
// the two workers' output interleaves with each other and with the main thread's lines.
const { Worker } = require('worker_threads');
const code = `
  const { parentPort, workerData } = require('worker_threads');
  console.log(workerData + ' says hi');
  parentPort.postMessage(workerData + ' done');
`;
for (const name of ['A', 'B']) {
  const w = new Worker(code, { eval: true, workerData: name });
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', () => console.log(name, 'exit'));
}
