// `//@ expect-order "A" before "B"`: another name for `always`.
//@ expect-order "first" before "second"
setTimeout(() => console.log('second'), 5);
console.log('first');
