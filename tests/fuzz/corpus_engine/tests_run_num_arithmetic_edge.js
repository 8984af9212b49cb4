// Arithmetic edge cases: division by zero, modulo signs, exponent, NaN propagation.
console.log(1 / 0, -1 / 0, 0 / 0, 1 / -0);
console.log(7 % 3, -7 % 3, 7 % -3, 5.5 % 2);
console.log(2 ** 10, 2 ** -1, (-8) ** (1 / 3), 2 ** 0.5);
console.log(NaN + 1, Infinity - Infinity, Infinity * 0);
console.log(0.1 * 3, 9007199254740992 + 1, 1e16 + 1);
