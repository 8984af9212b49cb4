// Generator objects and iterators print as Object [Generator] {} etc.
function* g() { yield 1; }
console.log(g());
console.log([1, 2][Symbol.iterator]());
console.log(new Map([[1, 2]]).entries());
console.log(new Set(['a']).values());
