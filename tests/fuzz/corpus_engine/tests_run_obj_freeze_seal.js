// freeze and seal: writes are silently ignored in sloppy mode, thrown in strict mode.
const f = Object.freeze({ x: 1, inner: { y: 2 } });
f.x = 2;
f.z = 3;
f.inner.y = 20;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.inner));
const s = Object.seal({ a: 1 });
s.a = 2;
s.b = 3;
delete s.a;
console.log(s, Object.isSealed(s));
(function () {
  'use strict';
  try { f.x = 5; } catch (e) { console.log(e.constructor.name, e.message); }
})();
