// Q: `Math.random() * 3 | 0` picks an array element: which can print?
// RUNS: 200
//@ expect-outputs 3
const i = Math.random() * 3 | 0;
console.log(['a', 'b', 'c'][i]);
