// Class accessors, super property access, static inheritance and instanceof.
class Shape {
  constructor(name) { this.name = name; }
  get describe() { return `${this.name} with area ${this.area}`; }
  static create(...a) { return new this(...a); }
  toString() { return `[Shape ${this.name}]`; }
}
class Square extends Shape {
  constructor(side) { super('square'); this.side = side; }
  get area() { return this.side ** 2; }
  get describe() { return super.describe + '!'; }
}
const sq = Square.create(3);
console.log(sq.describe, `${sq}`, String(sq), sq instanceof Shape, Object.getPrototypeOf(Square) === Shape);
console.log(sq, Object.keys(sq), JSON.stringify(sq), sq.hasOwnProperty('area'), 'area' in sq);
console.log(Square.name, Square.length, Shape.create('x').describe, typeof Square.create);
