console.log(1);
// some massive operation that takes 5 seconds
loopThroughMillionsOfItems();
console.log(3);
