// Classes with fields and statics print their own data and static members.
class Counter {
  count = 0;
  static instances = 0;
  static label = 'ctr';
  constructor() { Counter.instances++; }
  inc() { this.count++; return this; }
}
const c = new Counter().inc().inc();
console.log(c, Counter, Counter.instances, Object.keys(Counter));
class Base { static make() { return new this(); } }
class Derived extends Base { extra = [1, 2]; }
console.log(Derived.make(), Derived.name, Base.make() instanceof Base, String(Derived).slice(0, 13));
console.log(typeof Counter, Counter.prototype, Object.getOwnPropertyNames(Counter.prototype), Derived.prototype);
