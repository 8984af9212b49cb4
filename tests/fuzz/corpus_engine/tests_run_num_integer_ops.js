// Bitwise operators convert to 32-bit integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(1 << 31, 1 << 32, -1 >>> 0, -16 >> 2, -16 >>> 28);
console.log(2 ** 32 | 0, 3.7 | 0, -3.7 | 0, ~~'12');
