// Delays inside a promise chain: each link waits for the previous timer.
const wait = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
wait(5, 1)
  .then((v) => { console.log('got', v); return wait(5, v + 1); })
  .then((v) => { console.log('got', v); return v + 1; })
  .then((v) => { console.log('got', v); throw new Error('stop at ' + v); })
  .catch((e) => console.log(e.message))
  .finally(() => console.log('finally'));
