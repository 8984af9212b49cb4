// Article "Asynchronous JavaScript", section "The blocking problem" - what blocking does
// to the rest of the program: a 0 ms timer cannot run until the busy-wait ends.
function loopThroughMillionsOfItems() {
  const end = Date.now() + 50;
  while (Date.now() < end) {}
}

setTimeout(() => console.log('timer (waited for the blocking loop)'), 0);
console.log(1);
loopThroughMillionsOfItems();
console.log(3);
