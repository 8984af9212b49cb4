// Order of initialisation: methods before fields, fields in order, static
// private members available to static initialisers, field initialisers
// calling private methods, computed keys, a frozen instance keeps writable
// private fields.
const log = [];
class K {
  a = (log.push('a'), this.#m());
  #b = (log.push('#b'), this.a + 1);
  ['c' + 1] = (log.push('c1'), this.#b * 2);
  #m() { log.push('#m'); return 10; }
  static #s = (log.push('static #s'), 5);
  static t = (log.push('static t'), K.#s + K.#sm());
  static #sm() { return 100; }
  get b() { return this.#b; }
  bump() { this.#b++; return this.#b; }
}
const k = new K();
console.log(log.join(' '), K.t, k.a, k.b, k.c1);
Object.freeze(k);
console.log(k.bump(), k.bump(), Object.isFrozen(k));
try { k.a = 5; } catch (e) { console.log(e.message); }
console.log(k.a);
// a class with only private methods still brands its instances
class OnlyMethods { #m() { return 'ok'; } static test(o) { return #m in o ? o.#m() : 'no'; } }
console.log(OnlyMethods.test(new OnlyMethods()), OnlyMethods.test({}));
