// Q: A random number picks a short random delay or a long fixed one; a 5 ms timer races it.
//    (Below 0.5 the delay is at most 4 ms, created first: 't' wins; otherwise 50 ms: 'f'.)
// RUNS: 200
//@ expect-outputs 2
const r = Math.random();
const d = r < 0.5 ? r * 10 : 50;
setTimeout(() => console.log('t'), d);
setTimeout(() => console.log('f'), 5);
