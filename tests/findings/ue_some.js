// RUNS: 40
// Only some schedules throw.
setTimeout(() => {
  if (Math.random() < 0.3) throw new Error('unlucky');
  console.log('lucky');
}, 1);
