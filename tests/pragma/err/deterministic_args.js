//@ deterministic yes
console.log("x");
