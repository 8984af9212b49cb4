// Generator methods in objects and classes; generator functions' prototypes.
const o = { *pairs() { yield [1, 2]; yield [3, 4]; } };
console.log(new Map(o.pairs()));
class Tree {
  constructor(v, kids = []) { this.v = v; this.kids = kids; }
  *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; }
}
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])]);
