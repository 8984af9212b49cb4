//mjs
// In an ES module (.mjs) the module body itself runs inside a promise job, so promise jobs
// queued by the body run BEFORE process.nextTick callbacks (the reverse of CommonJS n01).
const log = console.log;
process.nextTick(() => log('nextTick'));
Promise.resolve().then(() => log('promise'));
queueMicrotask(() => log('queueMicrotask'));
log('sync end');
