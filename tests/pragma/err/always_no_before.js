//@ always "a" after "b"
console.log("x");
