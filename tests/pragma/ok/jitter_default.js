// The default time model (jitter 1, first-timer stall 8 ms) allows both orders, as node.
//@ jitter 1
//@ first-timer-stall 8
//@ expect-outputs 2
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
