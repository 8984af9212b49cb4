// Class expressions returned from functions (mixins).
const Serializable = (Base) => class extends Base {
  serialize() { return JSON.stringify(this); }
};
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const SPoint = Serializable(Point);
const p = new SPoint(1, 2);
console.log(p.serialize(), p instanceof Point, SPoint.name);
