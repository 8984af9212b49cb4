// BigInts through async generators and for await, an EventEmitter payload,
// Promise.all and Promise.allSettled (a BigInt rejection reason).
const { EventEmitter } = require('events');
async function* counter(limit) { for (let i = 0n; i < limit; i++) { await null; yield i * i; } }
const e = new EventEmitter();
e.on('big', (v) => console.log('event', v, typeof v));
(async () => {
  let total = 0n;
  for await (const v of counter(5n)) total += v;
  console.log('total', total);
  e.emit('big', total ** 3n);
  const results = await Promise.all([1n, Promise.resolve(2n), new Promise((r) => setTimeout(r, 1, 3n))]);
  console.log(results, results.reduce((a, b) => a + b));
  const settled = await Promise.allSettled([Promise.reject(4n), 5n]);
  console.log(settled);
})();
