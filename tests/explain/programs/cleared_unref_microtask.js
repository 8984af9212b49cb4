// explain: an interval that clears itself and queues an immediate, a timer cleared by
// another timer, and an unref'd timer that does not keep the loop alive.
const t = setTimeout(() => console.log('never: cleared'), 80);
const u = setTimeout(() => console.log('never: unref'), 150);
u.unref();
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 1) setImmediate(() => queueMicrotask(() => console.log('microtask from an immediate')));
  if (n === 2) clearInterval(iv);
  console.log('interval', n);
}, 4);
setTimeout(() => {
  clearTimeout(t);
  console.log('cleared t');
}, 40);
