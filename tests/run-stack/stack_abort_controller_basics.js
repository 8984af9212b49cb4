// AbortController/AbortSignal: abort() dispatches 'abort' synchronously and
// once; the default reason is a DOMException named AbortError.
const ac = new AbortController();
const { signal } = ac;
console.log(ac);
console.log(signal, signal.aborted, signal.reason, signal.onabort);
console.log(Object.prototype.toString.call(signal), Object.prototype.toString.call(ac), signal instanceof EventTarget);
signal.onabort = (ev) => console.log('onabort', ev.type, ev.isTrusted, ev.target === signal);
signal.addEventListener('abort', function (ev) { console.log('listener', this === signal, signal.aborted); });
signal.addEventListener('abort', () => console.log('once listener'), { once: true });
console.log('before abort');
ac.abort();
console.log('after abort');
ac.abort('second');
console.log(signal);
const r = signal.reason;
console.log(r);
console.log(String(r), r.name, r.code, r.message, r instanceof Error, r instanceof DOMException, Object.keys(r));
console.log(Object.prototype.toString.call(r), DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR);
try { signal.throwIfAborted(); } catch (e) { console.log('thrown', e === r); }
signal.addEventListener('abort', () => console.log('late listener never runs'));
const ac2 = new AbortController();
ac2.signal.throwIfAborted();
ac2.abort({ custom: true });
try { ac2.signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
