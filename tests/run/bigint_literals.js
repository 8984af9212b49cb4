// BigInt literals in every radix, with separators; typeof; console.log and
// util.inspect print 123n, inside arrays, objects, Sets, Maps and wrappers.
const util = require('util');
const xs = [0n, 1n, -1n, 123_456_789n, 0x1Fn, 0XFFn, 0o17n, 0b1010n, 0B1_0n, 9007199254740993n, 2n ** 70n];
console.log(xs);
for (const x of xs.slice(0, 4)) console.log(typeof x, x, String(x));
console.log({ a: 1n, nested: { b: [-2n, { c: 3n }] } });
console.log(new Set([1n, 2n, 1n]), new Map([[1n, 'one'], ['two', 2n]]));
console.log(Object(1n), [Object(-3n)], typeof Object(1n));
console.log(util.inspect(10n ** 30n), util.inspect({ deep: { deeper: { deepest: [5n] } } }));
console.log(util.format('%s|%d|%i|%f|%o|%O', 5n, 6n, 7n, 8n, 9n, 10n));
console.log('%s and %s', -0n, 42n);
console.log({ 1n: 'key one', 0x10n: 'key sixteen' });
console.log(1n.toString(), 255n.toString(16), (-255n).toString(2), 35n.toString(36));
