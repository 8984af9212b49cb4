class A extends Object {
  #a = 1;
  #b;
  static #c = 2;
  static #d;
  #m() {}
  get #g() { return 1; }
  set #g(v) {}
  static get #sg() { return 1; }
  static set #sg(v) {}
  async #am() {}
  *#gm() {}
  async *#agm() {}
  static #sm() {}
  static async #sam() {}
  'use'() {}
  get
  #h() {}
  constructor() {
    super();
    this.#a += 1;
    this.#a++;
    --this.#a;
    this.#b ??= [this.#a];
    this.#m();
    this?.#m();
    this.#b?.[0];
    [this.#a] = [1];
    ({ k: this.#a } = { k: 2 });
    for (this.#b of [1]);
    A.#c;
    A.#sm.call(this);
    const f = () => this.#a + (#a in this ? 1 : 0);
    class B { #a; m(o) { return o.#a + o.#c; } }
  }
  static has(o) { return #a in o && !(#m in o) || #g in o; }
}
