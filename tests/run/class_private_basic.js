// Private fields, methods, accessors, static members, brand checks.
class Counter {
  #count = 0;
  static #instances = 0;
  #log = [];
  #unset;
  constructor() { Counter.#instances++; }
  inc(n = 1) { this.#count += n; this.#log.push(n); return this; }
  get value() { return this.#count; }
  #secret() { return 'secret ' + this.#count; }
  reveal() { return this.#secret(); }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  dbl(v) { if (v !== undefined) this.#double = v; return this.#double; }
  static count() { return Counter.#instances; }
  static is(o) { return #count in o; }
  static #helper(x) { return x * 10; }
  static help(x) { return this.#helper(x); }
  unset() { return this.#unset; }
  log() { return this.#log.join(','); }
  other(o) { return o.#count; }
}
const c = new Counter();
c.inc().inc(5);
console.log(c.value, c.reveal(), c.dbl(), c.dbl(100), c.value, c.unset());
const d = new Counter();
console.log(Counter.count(), Counter.is(c), Counter.is({}), Counter.is(Counter), Counter.help(4));
console.log(c.log(), d.log(), d.other(c), c.other(d));
