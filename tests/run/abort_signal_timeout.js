// AbortSignal.timeout: a timer that does not keep the process alive.
const s = AbortSignal.timeout(10);
s.onabort = (e) => console.log('abort', e.type, s.reason.name, s.reason.message, s.reason.code);
s.throwIfAborted();
setTimeout(() => {
  console.log(s.aborted);
  try { s.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
}, 50);
const idle = AbortSignal.timeout(1000);
idle.onabort = () => console.log('never: the process ends first');
