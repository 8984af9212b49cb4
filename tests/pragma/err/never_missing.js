//@ never
console.log("x");
