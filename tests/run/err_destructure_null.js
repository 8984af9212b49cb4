// Destructuring null or undefined: V8's messages name the value's expression.
const o = { n: null };
const v = null, u = undefined;
const tries = [
  () => { const { a } = v; }, () => { const { a } = u; }, () => { const { a } = o.n; },
  () => { const { a, b } = null; }, () => { const { [o.k]: a } = null; },
  () => { const {} = null; }, () => { const { ...r } = null; },
  () => { const { 'x-y': a } = null; }, () => { const { 0: a } = null; },
  () => { const { a = 1 } = v; }, () => { const { a: b } = v; },
  () => { const { a: { b } } = { a: null }; }, () => { let a; ({ a } = v); },
  () => { let a; ({ a: o.q } = null); }, () => { const { a } = o.x || null; },
  () => { function g({ a }) {} g(null); }, () => { (function ({ a }) {})(); },
  () => { for (const { a } of [null]); }, () => { const x = o.n; const { a } = x; },
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
