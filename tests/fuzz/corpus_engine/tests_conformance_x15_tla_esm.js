//mjs
// Top-level await in an ES module pauses the module body; callbacks queued before it run
// during the pause (including nextTick, since the body is already running inside a job).
console.log('module start');
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
await null;
console.log('after await null');
await new Promise(r => setTimeout(r, 5));
console.log('after await 5ms timer');
