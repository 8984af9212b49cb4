// Q: setTimeout(..., 1) scheduled before setTimeout(..., 0): which fires first?
// RUNS: 200
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('zero'), 0);
