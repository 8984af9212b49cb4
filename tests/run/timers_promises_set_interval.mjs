// timers/promises setInterval: an async iterator over the ticks of one interval (a
// consumer slower than the interval gets the missed ticks one after the other), break
// stops the interval; scheduler.wait and scheduler.yield are setTimeout and setImmediate.
import { setInterval as every, setTimeout as sleep, scheduler } from 'node:timers/promises';
let n = 0;
for await (const t of every(2, 'tick')) {
  console.log(t, ++n);
  if (n === 3) break;
}
let m = 0;
for await (const v of every(3, 'slow')) {
  m++;
  if (m === 1) await sleep(10);
  console.log(v, m);
  if (m === 4) break;
}
console.log(typeof scheduler.wait, typeof scheduler.yield, Object.keys(scheduler));
console.log(await scheduler.wait(3), await scheduler.yield());
const it = every(1, 'unref', { ref: false });
console.log(typeof it.next, typeof it[Symbol.asyncIterator]);
try {
  await every(5, 1, 5).next();
} catch (e) {
  console.log(e.code, e.message);
}
