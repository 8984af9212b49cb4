// RUNS: 60
// Only some values of Math.random() reject the promise; the rejection would
// travel down a chain without a rejection handler, but the process exits.
const p = new Promise((resolve, reject) => {
  if (Math.random() < 0.5) reject(new Error('maybe'));
  else resolve('fine');
});
p.then((v) => console.log(v)).then(() => console.log('done'));
process.exit(0);
