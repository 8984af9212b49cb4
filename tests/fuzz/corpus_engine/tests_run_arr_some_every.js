// some and every, including on empty arrays.
const a = [2, 4, 6];
console.log(a.every((x) => x % 2 === 0), a.some((x) => x > 5), a.some((x) => x > 6));
console.log([].every((x) => false), [].some((x) => true));
let calls = 0;
[1, 2, 3, 4].some((x) => { calls++; return x === 2; });
console.log('calls', calls);
