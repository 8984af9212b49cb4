// Conversions: BigInt() from numbers, strings and booleans, String / toString
// with a radix / toLocaleString, Number, parseInt, asIntN / asUintN, valueOf,
// templates and concatenation, JSON with a replacer or toJSON.
console.log(BigInt(42), BigInt(-0), BigInt(2 ** 53), BigInt(1e21), BigInt(Number.MAX_VALUE) % 1000n);
console.log(BigInt('123'), BigInt('  -12  '), BigInt(''), BigInt('0x1f'), BigInt('0o17'), BigInt('0b101'), BigInt('+7'));
console.log(BigInt(true), BigInt(false), BigInt({ valueOf() { return 3n; } }), BigInt({ toString() { return '99'; } }));
console.log(String(-5n), (255n).toString(16), (-255n).toString(2), (10n).toString(undefined), (12345678n).toLocaleString());
console.log(Number(2n ** 64n), Number(-(2n ** 53n + 1n)), Number(123n), Number(Object(5n)), +Number(7n));
console.log(parseInt(10n), parseFloat(3n), parseInt('123n'), Number.isInteger(1n), isFinite.length);
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n));
console.log(BigInt.asIntN(3.5, 1n), BigInt.asIntN('4', 9n), BigInt.asIntN(undefined, 9n), BigInt.asUintN(2 ** 40, 1n));
console.log(Object(7n).valueOf(), BigInt.prototype.valueOf.call(8n), typeof Object(7n).valueOf());
console.log(`${1n}`, `a${-5n}b`, 1n + '', '1' + 1n, [1n, 2n] + '', [1n].join('-'));
console.log(Object.prototype.toString.call(1n), Object.prototype.toString.call(Object(1n)), BigInt.prototype[Symbol.toStringTag]);
console.log(1n.constructor === BigInt, Object(1n) instanceof BigInt, 1n instanceof BigInt, BigInt.name, BigInt.length);
console.log(Object.getOwnPropertyNames(BigInt.prototype).sort(), Object.getOwnPropertyNames(BigInt).sort());
console.log(JSON.stringify({ a: 1n, b: [2n] }, (k, v) => (typeof v === 'bigint' ? `${v}n` : v)));
BigInt.prototype.toJSON = function () { return this.toString(); };
console.log(JSON.stringify({ a: 5n, b: [Object(6n)] }));
delete BigInt.prototype.toJSON;
console.log({ [1n]: 'computed' }['1'], Object(1n) + 1n, Object(3n) * 2n);
