//@ latency fetch 1-5
console.log("x");
