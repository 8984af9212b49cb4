// Using this before super() in a derived constructor throws a ReferenceError.
class Base {}
class Derived extends Base {
  constructor() {
    try { this.x = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
    super();
    this.x = 2;
  }
}
console.log(new Derived());
