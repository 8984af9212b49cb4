// An interval and a one-shot timer that clears it (deadlines far apart: 30, 60 vs 75 ms).
let ticks = 0;
const iv = setInterval(() => {
  ticks++;
  console.log('interval tick', ticks);
}, 30);
setTimeout(() => {
  console.log('timeout after', ticks, 'ticks');
  clearInterval(iv);
}, 75);
