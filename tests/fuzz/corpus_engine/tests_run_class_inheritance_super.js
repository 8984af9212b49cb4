// extends, super() and super.method().
class Shape {
  constructor(name) { this.name = name; }
  describe() { return `${this.name} with area ${this.area()}`; }
  area() { return 0; }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = 'square'; }
  describe() { return 'Square! ' + super.describe(); }
}
console.log(new Rect(2, 3).describe());
console.log(new Square(4).describe(), new Square(1));
