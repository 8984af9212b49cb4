// Set printing.
const s = new Set([1, 'a', 1, 'a', { x: 1 }]);
console.log(s);
console.log(new Set());
console.log(s.size, s.has(1), s.has('b'));
console.log([...new Set([3, 1, 3, 2, 1])]);
