// Instances print their constructor name before the braces.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Tagged { constructor() { this.tags = ['a', 'b']; this.inner = new Point(0, 0); } }
console.log(new Point(1, 2));
console.log(new Empty());
console.log(new Tagged());
console.log([new Point(3, 4)]);
