// Q: One random delay used by three timers, the last one a millisecond longer: is the order
//    fixed?  (Yes: equal delays share node's list, FIFO, and d + 1 is never shorter than d.)
// RUNS: 200
//@ expect-outputs 1
const d = 1 + Math.random() * 10;
setTimeout(() => console.log('a'), d);
setTimeout(() => console.log('b'), d);
setTimeout(() => console.log('c'), d + 1);
