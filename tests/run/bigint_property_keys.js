// BigInt literals as property names: class fields, static fields, methods,
// getters, destructuring patterns, object literals (keys are the decimal text).
class A { 1n = 'field'; static 2n = 'static'; 3n() { return 'method'; } get 4n() { return 'getter'; } }
const a = new A();
console.log(a[1], A[2], a[3](), a['4'], Object.keys(a));
const { 1n: one, 0x10n: sixteen = 'dflt' } = { 1: 'uno' };
console.log(one, sixteen);
const o = { 5n: 'five', [6n]: 'six', 7n() { return 'seven'; } };
console.log(o, o[7n](), o[7n].name);
switch (typeof 1n) { case 'bigint': console.log('typeof switch'); }
label: for (const x of [1n, 2n]) { if (x === 2n) break label; console.log('loop', x); }
