// An uncaught exception and an unhandled rejection in workers end only those workers:
// their Worker objects emit 'error' and 'exit', the process goes on and exits 0.  No
// uncaught-exception or unhandled-rejection finding (they are about the process).
const { Worker } = require('worker_threads');
const a = new Worker(`throw new TypeError('bad in worker');`, { eval: true });
a.on('error', (e) => console.log('a error', e.name, e.message));
a.on('exit', (code) => {
  console.log('a exit', code);
  const b = new Worker(`Promise.reject(new RangeError('rejected in worker'));`, { eval: true });
  b.on('error', (e) => console.log('b error', e.name, e.message));
  b.on('exit', (c) => console.log('b exit', c));
});
