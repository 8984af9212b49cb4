// `//@ ideal-time`: synchronous code takes no time, so the 0 ms timer is due before the
// loop's first check phase (node itself may run either first: see q43).
//@ ideal-time
//@ deterministic
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
