// V8 names the callee of "is not a function" by re-printing the syntax tree.
const o = { a: { b: 1 }, arr: [1], s: 'x' };
function F() {}
const calls = [
  () => o.a.b(), () => o['a']['b'](), () => o[0](), () => o.arr[0](),
  () => 'abc'.foo(), () => (1).foo(), () => new F().x(), () => o?.a.q(),
  () => o.a?.['q'](), () => [1, 'a', null, undefined, true, o][0](),
  () => ({ a: 1, b: 2 }).q(), () => ({}).q(), () => o[o.s](), () => o[`k`](),
  () => Symbol()(), () => [1].reduce((a, b) => a)(), () => JSON.parse('1')(),
  () => (async () => 1)().x(), () => o.a.toFixed(1)(), () => o[true](),
  () => new o.a(), () => new 5(), () => new (class A { m() {} }).m(),
];
for (const c of calls) {
  try { c(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
