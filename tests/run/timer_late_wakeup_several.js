// RUNS: 40
// The loop usually wakes up for the 1 ms timer only after the 5 ms timers
// are due too, so all three run in one timers phase, before the immediate
// the first one queued (node: most runs); ticktock lets the loop wake up to
// the first-timer stall (8 ms) late.
setTimeout(() => { console.log('t1'); setImmediate(() => console.log('immediate of t1')); }, 1);
setImmediate(() => console.log('main immediate'));
setTimeout(() => { console.log('t5 a'); process.nextTick(() => console.log('tick of t5 a')); }, 5);
setTimeout(() => console.log('t5 b'), 5);
