// EXPECT: run 2 check 2
// STDERR: unsupported: the program needs more than
// Found by fuzzing: see huge_sparse_array.js; here through the length.
const b = [];
b.length = 4e9;
console.log(b.length, new Array(4e9).length);
