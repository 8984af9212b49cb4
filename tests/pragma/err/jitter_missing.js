//@ jitter
console.log("x");
