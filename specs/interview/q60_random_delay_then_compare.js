// Q: A random delay is also tested with `d < 5`: which lines, in which orders?  (The test and
//    the timers see the same number: "short" never comes with the fixed timer first.)
// RUNS: 300
//@ expect-outputs 3
const d = Math.random() * 10;
setTimeout(() => console.log('random'), d);
setTimeout(() => console.log('fixed'), 5);
if (d < 5) console.log('short');
else console.log('long');
