// Runtime TypeErrors of private members, with V8's messages.
class A {
  #x = 1;
  #m() { return 1; }
  get #g() { return 1; }
  set #s(v) {}
  static #sm() {}
  static read(o) { return o.#x; }
  static write(o) { o.#x = 2; }
  static inc(o) { return o.#x++; }
  static callm(o) { return o.#m(); }
  static readm(o) { return o.#m; }
  static writem(o) { o.#m = 1; }
  static readg(o) { return o.#g; }
  static writeg(o) { o.#g = 1; }
  static reads(o) { return o.#s; }
  static writes(o) { o.#s = 1; }
  static readsm(o) { return o.#sm; }
  static writesm(o) { o.#sm = 1; }
  static has(o) { return #x in o; }
  static hasm(o) { return #m in o; }
}
const tests = ['read', 'write', 'inc', 'callm', 'readm', 'writem', 'readg', 'writeg', 'reads', 'writes',
               'readsm', 'writesm', 'has', 'hasm'];
for (const t of tests)
  for (const v of [null, undefined, 1, 'str', {}, new A(), A]) {
    try {
      const r = A[t](v);
      console.log(t, typeof r === 'function' ? r.name : r);
    } catch (e) {
      console.log(t, e.constructor.name, e.message);
    }
  }
