// A cleared timer never fires, even when cleared from another callback.
const a = setTimeout(() => console.log('a (cleared, never printed)'), 80);
const b = setTimeout(() => console.log('b fires'), 10);
setTimeout(() => { console.log('clearing a'); clearTimeout(a); }, 20);
clearTimeout(undefined);
clearTimeout(12345);
console.log(typeof b);
