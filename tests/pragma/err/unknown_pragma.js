//@ expectt-output
console.log("x");
