// %o and %O object formats.
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%o', { a: 1, s: 'x' });
console.log('%o', [1, 2]);
console.log('%O', [1, 'a']);
