// util.inspect's compact option as a number or false: how many inner levels
// may share a line, and (false) one entry per line, arrays not grouped.
const util = require('util');
const o = { a: 1, b: { c: { d: { e: { f: 1 } } } }, s: 'str', arr: [1, 2, 3] };
console.log(util.inspect(o, { compact: false }));
console.log(util.inspect(o, { compact: 1 }));
console.log(util.inspect({ a: [1, 2, { x: 1 }] }, { compact: false }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: false }).split('\n').length);
console.log(util.inspect(new Map([['k', { v: [1, 2] }]]), { compact: false }));
console.log(util.inspect({ a: { b: { c: {} } } }, { compact: 5, depth: 5 }), util.inspect([], { compact: false }), util.inspect({}, { compact: false }));
