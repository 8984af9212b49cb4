// RUNS: 40
// Two racing timers settle the same promise; which one is ignored depends
// on the schedule, and on some schedules only one fires before... both do.
let settle;
const p = new Promise((resolve) => { settle = resolve; });
setTimeout(() => settle('a'), Math.random() * 4);
setTimeout(() => settle('b'), 2);
p.then((v) => console.log('winner', v));
