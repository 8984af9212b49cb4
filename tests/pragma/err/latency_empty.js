//@ latency io 9..3
console.log("x");
