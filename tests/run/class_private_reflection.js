// Private members are invisible to every reflection and to inspection.
class R {
  #a = 1;
  b = 2;
  static #s = 3;
  static t = 4;
  #m() {}
  get #g() { return 5; }
  [Symbol.iterator]() {}
  static keysOf(o) { return #a in o; }
}
const r = new R();
console.log(r);
console.log(R);
console.log([r], { r });
console.log(Object.keys(r), Object.values(r), Object.entries(r));
console.log(Object.getOwnPropertyNames(r), Object.getOwnPropertySymbols(r));
console.log(Object.getOwnPropertyNames(R), Object.keys(R));
console.log(Object.assign({}, r), { ...r });
const seen = [];
for (const k in r) seen.push(k);
console.log(seen, JSON.stringify(r), JSON.stringify({ r }));
const clone = structuredClone(r);
console.log(clone, R.keysOf(clone), R.keysOf(r));
console.log(Object.getOwnPropertyDescriptors(r));
Object.freeze(r);
console.log(Object.isFrozen(r), Object.isSealed(r));
console.log(String(r));
