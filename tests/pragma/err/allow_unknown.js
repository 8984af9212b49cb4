//@ allow deadlocks
console.log("x");
