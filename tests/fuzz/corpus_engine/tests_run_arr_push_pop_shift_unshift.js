// Mutating ends of an array; return values.
const a = [1, 2];
console.log(a.push(3, 4), a);
console.log(a.pop(), a);
console.log(a.shift(), a);
console.log(a.unshift(0, 0.5), a);
console.log([].pop(), [].shift());
