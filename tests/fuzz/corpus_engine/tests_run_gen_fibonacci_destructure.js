// Destructuring from a generator pulls only what it needs.
function* fib() {
  let [a, b] = [0, 1];
  while (true) { yield a; [a, b] = [b, a + b]; }
}
const [f0, f1, f2, , f4, ...none] = [0, 1, 1, 2, 3];
const [x, y, z] = fib();
console.log(x, y, z, f4, none);
const first10 = [];
for (const n of fib()) { if (first10.length === 10) break; first10.push(n); }
console.log(first10);
