//@ never "a\q"
console.log("x");
