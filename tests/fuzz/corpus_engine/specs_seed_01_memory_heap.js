// Article "Asynchronous JavaScript", section "The JavaScript engine: memory heap and call stack".
// Three constants allocated in the heap; the program prints nothing.
const a = 1; // allocated in the memory heap
const b = 100;
const c = 10;
