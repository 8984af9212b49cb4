// Integer-ish math used in snippets: rounding, modulo, bitwise, Math helpers.
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.7));
console.log(Math.sign(-0), Math.abs(-0), Math.max(-0, 0), Math.min(-0, 0), Math.hypot(), Math.hypot(3, 4, 12));
console.log(Math.pow(2, 10), 2 ** 0.5, Math.sqrt(2), Math.pow(-8, 1 / 3), Math.sqrt(-1), (-2) ** 2);
console.log(7 % -3, -7 % -3, 5 / 2 | 0, ~~-5.5, (5).toString(2).padStart(8, '0'), parseInt('101', 2), 0b1010, 0o17, 0xff);
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.parseFloat === parseFloat, (25).toString(36));
console.log([1, 2, 3, 4].reduce((a, b) => a + b) / 4, Math.max(...[]), Math.min(...[1, -1]), Number((0.1 + 0.2).toFixed(2)));
