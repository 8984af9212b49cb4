// `//@ jitter MS` and `//@ first-timer-stall MS`: the time model by its parameters;
// 0 and 0 are the ideal time of ideal_time.js.
//@ jitter 0
//@ first-timer-stall 0
//@ deterministic
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
