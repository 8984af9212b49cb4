// Q: What does this print?  (A different number each run: ticktock reports one output whose
//    text depends on the value, with <random> in its place.)
// RUNS: 20
//@ expect-outputs 1
const r = Math.random();
console.log('value:', r);
console.log(r < 1 ? 'below one' : 'one or more');
