// RUNS: 60
// Only some values of Math.random() make a promise reject; the process
// exits before node would report it, so nothing crashes, but on those
// schedules the rejection is never handled.
if (Math.random() < 0.5) Promise.reject(new Error('maybe lost'));
console.log('exiting');
process.exit(0);
