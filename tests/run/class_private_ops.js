// Compound assignment, update, logical assignment, optional chaining,
// destructuring targets and calls through private names.
class P {
  #n = 1;
  #s = 'a';
  #o = null;
  #f = (x) => x + this.#n;
  #arr = [1, 2];
  run() {
    this.#n += 2; this.#n *= 3; this.#n **= 2; this.#n -= 1; this.#n %= 7;
    const a = this.#n++, b = ++this.#n, c2 = this.#n--, d = --this.#n;
    this.#s += 'b';
    this.#o ??= { k: 1 };
    this.#o ||= 'unused';
    this.#n &&= this.#n + 100;
    [this.#s, { x: this.#arr }] = ['z', { x: [3] }];
    console.log(a, b, c2, d, this.#n, this.#s, this.#o, this.#arr);
    console.log(this.#f(1), this.#f.name, typeof this.#f);
    const self = this;
    console.log(self?.#n, null?.#n, undefined?.#o.k, this.#o?.k);
    return this;
  }
  static opt(o) { return o?.#n; }
  static call(o) { return o?.#get(); }
  #get() { return this.#n; }
}
new P().run();
console.log(P.opt(null), P.opt(new P()), P.call(undefined), P.call(new P()));
