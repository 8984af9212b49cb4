// Number.isInteger, isSafeInteger, isNaN vs global isNaN, isFinite.
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'));
console.log(Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log(Number.isNaN(NaN), Number.isNaN('abc'), isNaN('abc'), isNaN('12'));
console.log(Number.isFinite('5'), isFinite('5'), isFinite(Infinity), Number.isFinite(1 / 0));
