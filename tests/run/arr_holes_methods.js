// Array methods on sparse arrays: which skip holes and which see undefined.
const a = [1, , 3, , 5];
console.log(a, a.length, 1 in a, Object.keys(a));
console.log(a.map((x) => x * 2), a.filter(() => true), a.indexOf(undefined), a.includes(undefined));
let n = 0;
a.forEach(() => n++);
console.log(n, a.reduce((s, x) => s + x, 0), a.some((x) => x === undefined), a.every((x) => x !== undefined));
console.log(a.find((x) => x === undefined), a.findIndex((x) => x === undefined), [...a], Array.from(a));
console.log(a.join('-'), a.toString(), String([null, undefined, [], [[]]]), a.flat(), [[1, , 2], , [3]].flat());
console.log(a.slice(0, 3), a.concat([, 7]), a.reverse(), new Array(3), new Array(3).fill(0), Array(2, 3));
console.log([3, , 1, undefined, 2].sort(), [, 'b', , 'a'].sort(), Array.from({ length: 3 }), Array.of(7));
const big = [];
big[10] = 'x';
console.log(big, big.length, [, ,], [undefined, undefined]);
