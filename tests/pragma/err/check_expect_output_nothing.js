// expect-output needs a block below it or NAME.expected
//@ expect-output

console.log("x");
