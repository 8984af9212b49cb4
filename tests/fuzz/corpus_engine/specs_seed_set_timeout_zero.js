// From the seed article "Asynchronous JavaScript", section "What about setTimeout(0)?".
console.log(1);
setTimeout(() => console.log(2), 0);
console.log(3);

// Still outputs: 1, 3, 2
