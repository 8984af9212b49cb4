// Q: `Math.random() < 0.3` picks a branch: which lines can print?
// RUNS: 200
//@ expect-outputs 2
if (Math.random() < 0.3) console.log('low');
else console.log('high');
