// BigInts flowing through promises, async functions and timers: values stay
// exact across awaits, and the order is node's.
const fib = async (n) => {
  let a = 0n, b = 1n;
  for (let i = 0; i < n; i++) {
    [a, b] = [b, a + b];
    if (i % 25 === 0) await null;
  }
  return a;
};
setTimeout(() => console.log('timeout', 2n ** 64n), 0);
setTimeout(() => setImmediate(() => console.log('immediate', -(2n ** 63n))), 1);
Promise.resolve(7n).then((v) => console.log('then', v * 6n));
fib(100).then((v) => console.log('fib(100)', v, typeof v));
queueMicrotask(() => console.log('microtask', 1n << 10n));
process.nextTick(() => console.log('tick', 10n ** 20n));
(async () => {
  const r = await new Promise((res) => setTimeout(() => res(123n), 30));
  console.log('awaited', r + 1n);
  try {
    await Promise.reject(3n);
  } catch (e) {
    console.log('caught', e, typeof e);
  }
})();
console.log('sync', 1n);
