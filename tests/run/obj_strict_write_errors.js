// Strict mode: writes to frozen, sealed and non-extensible objects throw V8s TypeErrors.
'use strict';
class Point { constructor() { this.x = 1; } }
const cases = [
  () => { const o = Object.freeze({ x: 1 }); o.x = 2; },
  () => { const o = Object.freeze({ x: 1 }); o.y = 2; },
  () => { const o = Object.freeze([1, 2]); o[0] = 5; },
  () => { const o = Object.freeze([1, 2]); o[5] = 5; },
  () => { const o = Object.freeze([1, 2]); o.push(3); },
  () => { const o = Object.freeze([1, 2]); o.pop(); },
  () => { const o = Object.freeze([1, 2]); o.length = 0; },
  () => { const o = Object.freeze(new Point()); o.x = 3; },
  () => { const o = Object.seal({ a: 1 }); delete o.a; },
  () => { const o = Object.seal({ a: 1 }); o.b = 1; },
  () => { const o = Object.preventExtensions({ a: 1 }); o.b = 1; },
  () => { const o = { get g() { return 1; } }; o.g = 2; },
  () => { const o = {}; Object.defineProperty(o, 'r', { value: 1 }); o.r = 2; },
  () => { const s = 'abc'; s.x = 1; },
  () => { const n = 5; n.y = 1; },
  () => { undeclared = 1; },
  () => { const o = Object.freeze({ x: 1 }); delete o.x; },
  () => { const a = Object.freeze([1]); a.sort(); },
  () => { const a = Object.freeze([3, 1]); a.reverse(); },
  () => { const a = Object.freeze([1]); a.shift(); },
  () => { const a = Object.freeze([1]); a.unshift(0); },
  () => { const a = Object.freeze([1]); a.splice(0, 1); },
  () => { const a = Object.freeze([1]); a.fill(0); },
  () => { Object.defineProperty(Object.freeze({}), 'x', { value: 1 }); },
  () => { const f = function fn() {}; Object.freeze(f); f.x = 1; },
  () => { const m = Object.freeze(new Map()); m.set(1, 2); console.log('map ok', m.size); },
  () => { delete Object.prototype; },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(Object.isFrozen(Object.freeze({})), Object.isSealed(Object.freeze({ a: 1 })), Object.isSealed({}), Object.isExtensible(Object.seal({})), Object.isSealed(Object.preventExtensions({})), Object.isFrozen(Object.preventExtensions({})), Object.isFrozen('str'), Object.isSealed(1));
const sealed = Object.seal([1, 2]);
sealed[0] = 9;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed));
