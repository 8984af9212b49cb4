// RUNS: 60
// The rejection comes at a random time; the handler is attached at 5 ms.
// When the rejection comes first, it is unhandled and the process dies.
const p = new Promise((_, reject) => {
  setTimeout(() => reject(new Error('too early')), Math.random() * 10);
});
setTimeout(() => {
  p.catch((e) => console.log('handled', e.message));
}, 5);
