// Article "Asynchronous JavaScript", section "The blocking problem".
// loopThroughMillionsOfItems stands for the 5-second operation: a 50 ms busy-wait.
function loopThroughMillionsOfItems() {
  const end = Date.now() + 50;
  while (Date.now() < end) {}
}

console.log(1);
// some massive operation that takes 5 seconds
loopThroughMillionsOfItems();
console.log(3);
