// V8 writes "Type.name [as key]" only for names that read as identifiers: methods named
// 'a b', 5 or [Symbol.iterator] stand alone, and such keys get no "[as ...]".
const top = (e) => e.stack.split('\n')[1].trim();
const s = Symbol('s');
const o = {
  ['a b']() { return top(new Error()); },
  [s]() { return top(new Error()); },
  [Symbol.iterator]() { return top(new Error()); },
  5() { return top(new Error()); },
  ab() { return top(new Error()); },
  $x() { return top(new Error()); },
  é() { return top(new Error()); },
};
console.log(o['a b'](), '|', o[s](), '|', o[Symbol.iterator](), '|', o[5](), '|', o.ab(), '|', o.$x(), '|', o.é());
const f = function () { return top(new Error()); };
const p = { 'x y': f, z: f, w: function () { return top(new Error()); } };
console.log(p['x y'](), '|', p.z(), '|', p.w());
class K {
  [s]() { return top(new Error()); }
  static [Symbol.hasInstance]() { return top(new Error()); }
}
console.log(new K()[s](), '|', K[Symbol.hasInstance]());
