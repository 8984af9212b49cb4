// Arrays of more than 6 numbers are grouped in aligned columns.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([1, 22, 333, 4444, 5, 66, 777, 8888, 9, 10]);
console.log(Array.from({ length: 26 }, (_, i) => i * i));
