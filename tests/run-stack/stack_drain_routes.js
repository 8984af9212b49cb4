// The frames below ticks and promise jobs name node's route that drains
// them: V8's checkpoint after a callback (none), processTicksAndRejections
// once there are ticks, runNextTicks between two timers of one list, between
// two lists of one processTimers call and between two immediates of a batch.
const where = (tag) => console.log(tag, new Error('x').stack.split('\n').slice(2).join(' | '));
process.nextTick(() => where('main tick'));
Promise.resolve().then(() => where('main job after a tick'));
setTimeout(() => {
  setTimeout(() => {
    Promise.resolve().then(() => where('t1 job (same list next)'));
    process.nextTick(() => where('t1 tick (same list next)'));
  }, 5);
  setTimeout(() => { Promise.resolve().then(() => where('t2 job (later list next)')); }, 5);
  setTimeout(() => {
    Promise.resolve().then(() => {
      where('t3 job (last timer)');
      process.nextTick(() => where('t3 tick after a job'));
      Promise.resolve().then(() => where('t3 job after the tick'));
    });
  }, 7);
  const t0 = Date.now();
  while (Date.now() - t0 < 12);
}, 0);
setTimeout(() => {
  setImmediate(() => {
    Promise.resolve().then(() => where('i1 job (batch goes on)'));
    process.nextTick(() => where('i1 tick (batch goes on)'));
  });
  setImmediate(() => { Promise.resolve().then(() => where('i2 job (last immediate)')); });
}, 100);
