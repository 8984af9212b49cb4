// RUNS: 40
// The loop may wake up for a timer after a millisecond boundary past its
// expiry: then the 6 ms timer is due in the same timers phase as the 5 ms
// one and runs before the immediate the 5 ms timer queued (node: about half
// of the runs each way).
setTimeout(() => setImmediate(() => console.log('immediate')), 5);
setTimeout(() => console.log('6 ms timer'), 6);
