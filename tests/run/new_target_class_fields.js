// new.target in class field initialisers is undefined, also in arrows
// created there; an abstract-class guard with new.target.
class C {
  x = new.target;
  static y = new.target;
  z = () => new.target;
  w = (() => new.target)();
  constructor() {
    this.ctor = new.target === C;
  }
}
const c = new C();
console.log(c.x, C.y, c.z(), c.w, c.ctor);

class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.kind = new.target.name;
  }
}
class Circle extends Shape {}
console.log(new Circle().kind);
try {
  new Shape();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// a factory returning the constructor's new.target
class Base {
  constructor() {
    this.made = () => new.target;
  }
}
class Derived extends Base {}
console.log(new Derived().made() === Derived, new Base().made() === Base);
