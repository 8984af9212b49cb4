// Q: A fixed 97 ms timer, then a random delay up to 100 ms: which prints first?  (Usually the
//    random one; with 97..99 ms, about 3% of runs, the fixed one: equal delays stay FIFO.)
// RUNS: 600
//@ expect-outputs 2
setTimeout(() => console.log('fixed'), 97);
setTimeout(() => console.log('random'), Math.random() * 100);
