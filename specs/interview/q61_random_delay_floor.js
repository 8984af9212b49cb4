// Q: The random timer prints Math.floor(d / 2) of its own delay: which outputs?  (0-2 always
//    before the 5 ms timer, 3-4 either side: node's first timer can be slow to set up, S33.)
// RUNS: 600
//@ expect-outputs 7
const d = Math.random() * 10;
setTimeout(() => console.log('random', Math.floor(d / 2)), d);
setTimeout(() => console.log('fixed'), 5);
