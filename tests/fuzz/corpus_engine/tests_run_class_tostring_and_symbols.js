// toString overrides, String() and template conversion, Symbol.toPrimitive.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  toString() { return `Vec(${this.x}, ${this.y})`; }
}
const v = new Vec(1, 2);
console.log(String(v), `${v}`, v + '', v);
class Money {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.c / 100 : `$${this.c / 100}`; }
}
const m = new Money(250);
console.log(+m, `${m}`, m * 2);
