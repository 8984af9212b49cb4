// AbortSignal.abort(reason), AbortSignal.any, DOMException by hand.
const s = AbortSignal.abort();
console.log(s, s.reason);
console.log(AbortSignal.abort('why').reason);
try { AbortSignal.abort(new Error('mine')).throwIfAborted(); } catch (e) { console.log('caught', e.message); }
console.log(new DOMException('x', 'Bogus'));
console.log(String(new DOMException('x', 'Bogus')), new DOMException('x', 'Bogus').code);
console.log([new DOMException('m')]);
const d = new DOMException('t', { name: 'TimeoutError', cause: 1 });
console.log(d.name, d.code, d.cause, d.message, new DOMException().message === '');
for (const bad of ['x', -1, 1.5, 2 ** 32]) {
  try { AbortSignal.timeout(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const a = new AbortController(), b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
b.abort('from b');
a.abort('from a');
console.log(AbortSignal.any([AbortSignal.abort('pre'), a.signal]).reason);
