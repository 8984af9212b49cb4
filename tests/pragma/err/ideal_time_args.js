//@ ideal-time 5
console.log("x");
