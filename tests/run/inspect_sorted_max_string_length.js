// util.inspect's maxStringLength and sorted options.
const util = require('util');
console.log(util.inspect('x'.repeat(30), { maxStringLength: 5 }));
console.log(util.inspect(['abcdef', 'ab'], { maxStringLength: 3 }), util.inspect({ s: 'abcdef' }, { maxStringLength: 0 }));
console.log(util.inspect('abc', { maxStringLength: null }), util.inspect('abcd', { maxStringLength: Infinity }), util.inspect('abcd', { maxStringLength: -1 }));
console.log(util.inspect({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }), util.inspect(new Set([3, 1, 2]), { sorted: true }));
const arr = [3, 1, 2];
arr.z = 1;
arr.a = 2;
console.log(util.inspect(arr, { sorted: true }), util.inspect({ 2: 'x', 10: 'y', b: 1, [Symbol('s')]: 1, a: 0 }, { sorted: true }));
console.log(util.inspect({ b: 1, a: 2 }, { sorted: false }));
console.log(util.inspect('abcdefgh', { maxStringLength: -1 }), util.inspect('ab', { maxStringLength: -1 }), util.inspect('abcd', { maxStringLength: -2 }), util.inspect('abcd', { maxStringLength: 1.5 }), util.inspect('x'.repeat(10001)).length);
