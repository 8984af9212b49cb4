// Holes print as <N empty items>.
console.log([1, , 3]);
console.log([, , ,]);
const a = [];
a[5] = 'x';
console.log(a);
const b = new Array(3);
console.log(b, b.length);
console.log([1, , , 4, , 6]);
