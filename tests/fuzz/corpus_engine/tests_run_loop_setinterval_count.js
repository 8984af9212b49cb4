// setInterval repeats until cleared; a promise queued in each tick runs before the next tick.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve(n).then((v) => console.log('  microtask after', v));
  if (n === 3) clearInterval(id);
}, 10);
