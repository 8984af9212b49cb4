// RUNS: 60
// Promise.any over three random timers: any of them may win.
const after = (v) => new Promise((r) => setTimeout(r, Math.random() * 10, v));
Promise.any([after('A'), after('B'), after('C')]).then((v) => console.log(v));
