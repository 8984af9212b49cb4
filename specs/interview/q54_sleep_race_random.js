// Q: timers/promises: a random sleep up to 10 ms races a fixed 5 ms sleep.  Who wins?
// RUNS: 300
//@ expect-outputs 2
const { setTimeout: sleep } = require('timers/promises');
Promise.race([
  sleep(Math.random() * 10).then(() => 'random'),
  sleep(5).then(() => 'fixed'),
]).then((w) => console.log(w));
