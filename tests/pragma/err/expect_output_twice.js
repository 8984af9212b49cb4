// Two expect-output pragmas: which block is expected?
//@ expect-output
// a
//@ expect-output
// b
console.log("a");
