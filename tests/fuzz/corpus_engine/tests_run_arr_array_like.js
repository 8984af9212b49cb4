// Array-likes and Array.prototype methods borrowed with call.
const like = { 0: 'a', 1: 'b', length: 2 };
console.log(Array.prototype.map.call(like, (x) => x.toUpperCase()));
console.log(Array.from(like), Array.prototype.join.call(like, '+'));
function f() { return Array.prototype.slice.call(arguments, 1); }
console.log(f(1, 2, 3));
