// From the seed article "Asynchronous JavaScript", section "Asynchronous to the rescue".
console.log(1);

setTimeout(() => console.log(2), 2000);

console.log(3);

// Output: 1, 3, 2
