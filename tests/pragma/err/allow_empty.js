//@ allow
console.log("x");
