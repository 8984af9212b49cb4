// Comparing BigInts: with each other, with Numbers and strings (< <= > >=
// and ==), strict equality, Object.is, SameValueZero in includes / Map /
// Set, truthiness, switch, sorting.
console.log(1n < 2n, 2n <= 2n, 3n > 2n, -1n >= 0n);
console.log(1n < 1.5, 2n > 1.5, 1n == 1, 1n == 1.0000001, 2n ** 64n > 1e19, 10n > 9.999);
console.log(9007199254740993n > 9007199254740992, 9007199254740993n == 9007199254740992);
console.log(1n < NaN, 1n > NaN, 1n < Infinity, 1n > -Infinity, 1n == NaN);
console.log(2n > '1', 1n < 'x', 1n == '1', 0n == '', 10n == ' 10 ', 1n == '1.0', '3' < 4n);
console.log(1n == true, 0n == false, 1n == null, 0n == undefined, 1n == Object(1n), Object(2n) == 2);
console.log(1n === 1n, 1n === 1, 0n === -0n, Object(1n) === Object(1n), 2n ** 64n === 18446744073709551616n);
console.log(Object.is(0n, -0n), Object.is(10n, 10n), Object.is(1n, 1));
console.log([1n, 2n].includes(2n), [1n, 2n].indexOf(2n), [1n].includes(1));
const m = new Map([[1n, 'one'], [1, 'number one']]);
console.log(m.get(1n), m.get(1), new Set([1n, 1n, 2n, 1]).size);
console.log(0n ? 'truthy' : 'falsy', !0n, !!1n, 0n || 'or', 1n && 'and', 0n ?? 'nn', -1n ? 'neg truthy' : 'x');
function kind(v) { switch (v) { case 1n: return 'one'; case 2n: return 'two'; default: return 'other'; } }
console.log(kind(1n), kind(2n), kind(1));
console.log([3n, 1n, 10n, 2n].sort(), [3n, -1n, 10n, 2n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log([5, 1n, 3, 2n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
