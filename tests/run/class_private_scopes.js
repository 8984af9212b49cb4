// Private names are lexically scoped: nested classes, shadowing, closures,
// and a fresh name for every evaluation of a class.
function make(tag) {
  return class {
    #tag = tag;
    static read(o) { return o.#tag; }
    static has(o) { return #tag in o; }
  };
}
const A = make('a'), B = make('b');
const a = new A(), b = new B();
console.log(A.read(a), B.read(b), A.has(b), B.has(a));
try { A.read(b); } catch (e) { console.log(e.message); }

class Outer {
  #x = 'outer';
  #y = 'outer-y';
  inner() {
    const self = this;
    return class Inner {
      #x = 'inner';
      both(o) {
        let s; /* Inner's #x shadows Outer's: self has no Inner #x */
        try { s = self.#x; } catch (e) { s = e.message; }
        return [this.#x, s, self.#y, o.#y];
      }
      static hasOuter(o) { return #y in o; }
      static hasInner(o) { return #x in o; }
    };
  }
  arrows() {
    const get = () => this.#x;
    const nested = () => () => this.#y;
    return [get(), nested()()];
  }
  later() { return () => { this.#x += '!'; return this.#x; }; }
}
const o = new Outer();
const Inner = o.inner();
const i = new Inner();
console.log(i.both(o), Inner.hasOuter(o), Inner.hasInner(o), Inner.hasInner(i));
console.log(o.arrows());
const f = o.later();
f(); console.log(f());
