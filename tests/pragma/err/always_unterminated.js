//@ always "a before "b
console.log("x");
