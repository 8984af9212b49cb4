// Article "Asynchronous JavaScript", section "The call stack" (first example).
console.log(1);
console.log(2);
console.log(3);
// 1, 2, 3
