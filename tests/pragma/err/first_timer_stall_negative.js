//@ first-timer-stall -1
console.log("x");
