// Functions of every kind, with properties, bound, anonymous and named by assignment.
function plain() {}
plain.extra = 1;
const anon = function () {};
const arrow = () => {};
async function af() {}
function* gf() {}
async function* agf() {}
class K { static m() {} }
const bound = plain.bind(null);
console.log(plain, anon, arrow, af, gf, agf, K, K.m, bound, [() => {}], { f() {} }.f);
console.log(Object.assign(() => {}, { a: 1 }), Math.max, Array, Symbol, Promise, Object.prototype.toString);
const o = { method() {}, ['comp' + 'uted']() {}, arrowProp: () => {} };
console.log(o, o.method.name, o.computed.name, o.arrowProp.name, bound.name, (function () {}).name === '');
console.log(typeof plain, plain.length, ((a, b = 1, ...c) => {}).length, String(arrow), `${af}`.slice(0, 14));
