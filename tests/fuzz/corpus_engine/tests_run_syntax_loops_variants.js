// while, do-while, for with multiple variables, for-in over arrays.
let i = 0;
while (i < 3) i++;
let j = 10;
do { j++; } while (j < 5);
console.log(i, j);
for (let a = 0, b = 10; a < b; a += 3, b -= 3) console.log(a, b);
for (const k in ['x', 'y']) console.log(typeof k, k);
