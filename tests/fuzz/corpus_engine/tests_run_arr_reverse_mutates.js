// reverse mutates and returns the same array; toReversed copies.
const a = [1, 2, 3];
const r = a.reverse();
console.log(a, r, a === r);
const b = [1, 2, 3];
console.log(b.toReversed(), b, b.toSorted((x, y) => y - x), b.with(0, 'z'));
