// Q: A promise callback keeps queueing itself 1000 times. When does the 0 ms timer run?
let n = 0;
function spin() {
  n++;
  if (n < 1000) Promise.resolve().then(spin);
}
setTimeout(() => console.log('timer ran after', n, 'microtasks'), 0);
Promise.resolve().then(spin);
console.log('scheduled');
