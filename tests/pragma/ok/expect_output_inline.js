// `//@ expect-output` followed by the exact output as a comment block.
//@ expect-output
// sync
// promise
// timeout
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
