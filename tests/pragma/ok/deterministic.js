// `//@ deterministic`: every schedule prints the same output.
//@ deterministic
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('sync');
