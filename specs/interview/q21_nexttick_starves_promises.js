// Q: Recursive process.nextTick vs a promise and an immediate: who waits for whom?
//@ always "tick 5" before "promise after 5 ticks"
let ticks = 0;
function tick() {
  if (++ticks < 5) process.nextTick(tick);
  console.log('tick', ticks);
}
setImmediate(() => console.log('immediate'));
Promise.resolve().then(() => console.log('promise after', ticks, 'ticks'));
process.nextTick(tick);
