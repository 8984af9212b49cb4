//@ expect-outputs two
console.log("x");
