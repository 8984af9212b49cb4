// Nested arrays: transpose and sum of columns.
const m = [[1, 2, 3], [4, 5, 6]];
const t = m[0].map((_, c) => m.map((row) => row[c]));
console.log(t);
console.log(m.map((row) => row.reduce((a, b) => a + b, 0)));
console.log(t.map((col) => col.join(' ')).join('\n'));
