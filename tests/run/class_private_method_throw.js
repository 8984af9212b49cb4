// Stack frames of private methods and accessors, as V8 names them.
const clean = (s) => s.split(__dirname).join('.'); // stable paths
class F {
  #m() { throw new Error('in #m'); }
  get #a() { throw new Error('in get #a'); }
  set #a(v) { throw new Error('in set #a'); }
  static #sm() { throw new Error('in static #sm'); }
  run() {
    try { this.#m(); } catch (e) { console.log(clean(e.stack)); }
    try { this.#a; } catch (e) { console.log(clean(e.stack)); }
    try { this.#a = 1; } catch (e) { console.log(e.message); }
    try { F.#sm(); } catch (e) { console.log(clean(e.stack)); }
    console.log(this.#m.name, F.#sm.name);
  }
}
new F().run();
