// RUNS: 40
// Recursion without a base case only when Math.random() picks it.
function count(n) { return n <= 0 ? 0 : 1 + count(n - 1); }
const n = Math.random() < 0.5 ? 100 : -1;
setTimeout(() => console.log('count', count(n === -1 ? Infinity : n)), 1);
