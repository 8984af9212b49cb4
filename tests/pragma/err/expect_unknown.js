//@ expect nothing
console.log("x");
