// Class with constructor, methods, a static method and instance fields.
class Counter {
  count = 0;
  step;
  constructor(step = 1) { this.step = step; }
  inc() { this.count += this.step; return this; }
  static zero() { return new Counter(0); }
}
const c = new Counter(2).inc().inc();
console.log(c, c.count, Counter.zero());
console.log(typeof Counter, Object.getOwnPropertyNames(Counter.prototype));
