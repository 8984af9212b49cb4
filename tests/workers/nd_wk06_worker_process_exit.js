// RUNS: 200
// process.exit(code) in a worker ends that thread only: its 'exit' listeners run, what it
// posted and printed before is still delivered, and the Worker emits 'exit' with the code.
// The exit listener's line and the message race: both are delivered before 'exit', in
// either order (the parent may see the worker's end first and then drain the public port
// before the internal one).
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => console.log('worker process exit', code));
  console.log('worker: before exit');
  parentPort.postMessage('posted before exit');
  setTimeout(() => console.log('worker: never'), 0);
  process.exit(3);
  console.log('worker: not reached');
`, { eval: true });
w.on('message', (m) => console.log('main got', m));
w.on('exit', (code) => {
  console.log('main: worker exit', code);
  setTimeout(() => console.log('main: still running'), 1);
});
process.on('exit', (code) => console.log('main process exit', code));
