// super.x in arrows, async functions and static methods runs getters with
// the method's this; super.x = v runs the setter found from the home
// object's prototype on this, or writes this's own property.
class A {
  get x() { return 'A.x of ' + this.tag; }
  set x(v) { this.seen = v; }
  static get s() { return 'static of ' + this.name; }
  ['k' + 1]() { return 'k1 of ' + this.tag; }
}
class B extends A {
  constructor() {
    try { super.x; } catch (e) { console.log(e.constructor.name, e.message); }
    super();
    this.tag = 'b';
    const a = () => super.x;
    console.log(a());
  }
  set x(v) { console.log('B setter is not used by super'); }
  static t() { return (() => super.s)(); }
  m() { const k = 'k1'; return (() => super[k]())(); }
  async n() { await null; const g = async () => { await 1; return super.x; }; return g(); }
  w() {
    super.x = 5;
    super['y'] = 6;
    super.z ??= 7;
    super.z ??= 8;
    super.n2 = 1;
    super.n2 += 10;
    super.n2++;
    ++super.n2;
    [super.p, { q: super.q }] = [1, { q: 2 }];
    return [this.seen, this.y, this.z, this.n2, this.p, this.q, Object.keys(this)];
  }
}
const b = new B();
console.log(B.t(), b.m(), b.w());
b.n().then((v) => console.log('async', v));
const o = { __proto__: { get y() { return this.z; } }, z: 9, f() { return (() => super.y)(); } };
console.log(o.f());
const arr = { __proto__: Array.prototype, f() { super[0] = 'a'; super.length = 3; return this; } };
console.log(arr.f.call([]));
