// Recursion with a base case: factorial, flatten, tree depth.
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
console.log(fact(5), fact(20), fact(25));
const flatten = (xs) => xs.reduce((a, x) => a.concat(Array.isArray(x) ? flatten(x) : x), []);
console.log(flatten([1, [2, [3, [4, [5]]]]]));
const depth = (t) => (t.kids.length ? 1 + Math.max(...t.kids.map(depth)) : 1);
console.log(depth({ kids: [{ kids: [] }, { kids: [{ kids: [] }] }] }));
