// process.emitWarning emits on the next tick: 'warning' listeners (node's own first,
// which prints "(node:PID) [code] Type: message") run before later ticks; the
// --trace-warnings hint follows the first one.  console.time/timeEnd/timeLog with
// unknown or repeated labels warn the same way.
process.emitWarning('first');
console.error('sync after');
process.emitWarning('typed', 'DeprecationWarning', 'DEP0999');
process.emitWarning(new Error('as error'));
process.emitWarning('custom', { type: 'MyWarning', code: 'X1', detail: 'more detail' });
process.on('warning', (w) => console.log('listener:', w.name, w.message, w.code));
Promise.resolve().then(() => console.error('microtask'));
process.nextTick(() => console.error('tick'));
setTimeout(() => process.emitWarning('later'), 1);
console.timeEnd('nope');
console.timeLog('nope2');
console.time('a');
console.time('a');
console.countReset('x');
console.log(typeof console.time, console.time.length, console.timeEnd.length, console.timeLog.length);
try { process.emitWarning(5); } catch (e) { console.log(e.code, e.message); }
