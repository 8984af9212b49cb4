// Utility functions: chunk, zip, unique, groupBy by hand.
const chunk = (xs, n) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
console.log(chunk([1, 2, 3, 4, 5], 2));
const zip = (a, b) => a.map((x, i) => [x, b[i]]);
console.log(zip(['a', 'b', 'c'], [1, 2]));
console.log([...new Set([3, 1, 3, 2, 1])]);
const groups = ['apple', 'avocado', 'banana', 'cherry', 'blueberry'].reduce((g, w) => {
  (g[w[0]] = g[w[0]] || []).push(w);
  return g;
}, {});
console.log(groups);
