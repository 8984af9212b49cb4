// %GeneratorFunction.prototype% and %Generator% (and their async forms) point
// at each other through `prototype` and `constructor`, so a generator's
// `constructor` is an object whose toString is Function.prototype.toString's
// TypeError.
function* g() {}
const gp = g().constructor;
console.log(typeof gp, gp === Object.getPrototypeOf(g), Object.getPrototypeOf(g) === Object.getPrototypeOf(function* () {}));
try { console.log(gp | 1); } catch (e) { console.log(e.message); }
try { console.log(`${gp}`); } catch (e) { console.log(e.message); }
try { console.log(Function.prototype.toString.call({})); } catch (e) { console.log(e.message); }
console.log(Object.prototype.toString.call(gp));
const GF = Object.getPrototypeOf(function* () {}), AGF = Object.getPrototypeOf(async function* () {});
const AF = Object.getPrototypeOf(async function () {});
for (const [n, o] of [['GF', GF], ['AGF', AGF], ['AF', AF], ['GP', GF.prototype], ['AGP', AGF.prototype]]) {
  console.log(n, Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o).map(String), o[Symbol.toStringTag]);
  for (const k of Object.getOwnPropertyNames(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    console.log(' ', k, typeof d.value, d.writable, d.enumerable, d.configurable);
  }
}
console.log(GF.prototype === Object.getPrototypeOf(g.prototype), AGF.prototype.constructor === AGF);
console.log(GF.constructor === AF.constructor, typeof GF.constructor, GF.constructor.name, AF.constructor.name);
