// The comment block is not what the program prints: the report shows a diff.
//@ expect-output
// sync
// promise
// tick
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('sync');
