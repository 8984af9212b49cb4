//@ jitter 1001
console.log("x");
