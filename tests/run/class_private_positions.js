// Where V8 places errors of private members (the innermost stack frame):
// reads, calls, writes of fields and of methods/accessors, compound
// assignment, update, optional links, brand checks.
const clean = (s) => s.split(__dirname).join('.'); // stable paths
class E { #x; #m() {} get #g() { return 1; } set #s(v) {}
  static a(o) { return o.#m(); }
  static b(o) { return o.#m; }
  static c(o) { return #x in o; }
  static d(o) { return o.#g; }
  static e(o) { o.#s = 1; }
  static f(o) { return o.#s; }
  static g(o) { return o?.#x; }
  static h(o) { o.#m = 1; }
  static i(o) { return o.#x++; }
  static j(o) { o.#x = 1; }
  static k(o) { o.#x += 1; }
  static l(o) { return o.#x; }
  static m(o) { return --o.#x; }
}
for (const k of 'abcdefghijklm')
  for (const v of [null, 1, {}, new E()])
    try { E[k](v); } catch (e) { console.log(k, clean(e.stack.split('\n')[1])); }
