//@ host browser
console.log("x");
