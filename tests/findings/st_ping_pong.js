// CHECK: --max-drain 20000
// nextTick and microtask queueing each other forever.
function ping() { Promise.resolve().then(pong); }
function pong() { process.nextTick(ping); }
ping();
setTimeout(() => console.log('timer'), 0);
