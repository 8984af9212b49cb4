// From the seed article "Asynchronous JavaScript", section "The JavaScript engine: memory heap and call stack".
const a = 1; // allocated in the memory heap
const b = 100;
const c = 10;
console.log(a, b, c);
