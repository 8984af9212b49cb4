const a = 1; // allocated in the memory heap
const b = 100;
const c = 10;
