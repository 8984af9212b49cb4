// Q: In what order are A, B, C and D logged, and why?
//@ deterministic
//@ always "C" before "B"
console.log('A');
setTimeout(() => console.log('B'), 0);
Promise.resolve().then(() => console.log('C'));
console.log('D');
