// Destructuring arrays: swap, skip, rest, defaults.
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [first, , third = 'def', ...rest] = [10, 20, undefined, 40, 50];
console.log(first, third, rest);
const [a = 1, b = a * 2] = [];
console.log(a, b);
