// at() with negative indexes and copyWithin.
const a = ['a', 'b', 'c', 'd', 'e'];
console.log(a.at(-1), a.at(0), a.at(10), a.at(-10));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3));
