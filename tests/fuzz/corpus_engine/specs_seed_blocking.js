// From the seed article "Asynchronous JavaScript", section "The blocking problem".
function loopThroughMillionsOfItems() {
  let sum = 0;
  for (let i = 0; i < 1000000; i++) sum += i;
  return sum;
}

console.log(1);
// some massive operation that takes a while
loopThroughMillionsOfItems();
console.log(3);
