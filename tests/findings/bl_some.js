// CHECK: --max-steps 200000
// The loop only spins forever on some schedules.
setTimeout(() => {
  let x = Math.random();
  while (x >= 0.5) x = x * 1;
  console.log('done');
}, 1);
