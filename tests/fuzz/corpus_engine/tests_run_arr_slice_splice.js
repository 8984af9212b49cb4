// slice copies, splice mutates and returns the removed items.
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(), a);
console.log(a.splice(1, 2), a);
console.log(a.splice(1, 0, 'x', 'y'), a);
console.log(a.splice(-1), a);
console.log(a.splice(1), a);
