// Found by recursion into sub/ (an ES module): passes.
//@ expect-outputs 2
const a = fetch('/a').then(() => console.log('a'));
const b = fetch('/b').then(() => console.log('b'));
await Promise.all([a, b]);
console.log('both');
