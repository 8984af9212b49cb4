// Long arrays are grouped into aligned columns; widths near 72-80 columns break lines.
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * 3));
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 10 }, (_, i) => 'x'.repeat(i)));
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log([1.5, -2, 300, 4000, 5, 60, 7.25, 8, 9]);
console.log(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'hhhhhhhh']);
console.log([[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14]]);
console.log({ list: Array.from({ length: 12 }, (_, i) => ({ id: i })) });
console.log(['a very long string that takes quite some room', 'another long string here', 'x']);
console.log([true, false, null, undefined, 1, 'a', {}]);
