// util.format placeholders: %s %d %i %f %j %o %O %c with every kind of argument.
class Money { constructor(v) { this.v = v; } toString() { return `$${this.v}`; } }
class Plain { constructor() { this.a = 1; } }
console.log('%s|%s|%s|%s|%s', 'str', 42, -0, null, undefined);
console.log('%s|%s|%s', Symbol('s'), [1, [2, [3]]], { a: { b: { c: 1 } } });
console.log('%s|%s', new Money(5), new Plain());
console.log('%s', function named() { return 1; });
console.log('%d|%d|%d|%d|%d', 42, '42', '4x', -0, true);
console.log('%i|%i|%i|%f|%f', 4.9, '42px', '0x1F', '1.5abc', 'x');
console.log('%d', { valueOf() { return 7; } });
console.log('%j|%j|%j', { a: [1, 'x'] }, 'q', undefined);
console.log('%j', { toJSON() { return 'custom'; } });
const loop = { name: 'loop' };
loop.self = loop;
console.log('%j', loop);
console.log('%c styled %c', 'color: red', 'font-weight: bold', 'tail');
console.log('%O|%o', { deep: { er: { est: {} } } }, 'text');
console.log('%s %s', 'only one');
console.log('%%s %s%%', 'x', 'y');
console.log('no placeholders', 1, 'two', { three: 3 });
console.log(5, '%s', 'not a format');
const util = require('util');
console.log(util.format('%s=%j', 'k', { v: 1 }), util.format('%d%%', 50), util.format(1, 2));
