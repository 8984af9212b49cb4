// console.log of numbers: integers, negative zero, NaN, Infinity, exponents, float noise.
console.log(0, -0, 1, -1, 42);
console.log(NaN, Infinity, -Infinity);
console.log(1e21, 1e20, 123456789012345680000);
console.log(0.1 + 0.2, 0.3, 1 / 3);
console.log(5e-7, 0.000001, 1.5e300);
console.log([-0, 0, NaN]);
