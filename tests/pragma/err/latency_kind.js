//@ latency disk 1..5
console.log("x");
