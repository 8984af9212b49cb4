// Math functions with exact results.
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(), Math.min());
console.log(Math.max(1, NaN), Math.abs(-7.5), Math.sign(-3), Math.sign(0));
console.log(Math.sqrt(16), Math.cbrt(27), Math.pow(2, 8), Math.hypot(3, 4));
console.log(Math.PI, Math.E);
console.log(Math.log(1), Math.exp(0), Math.log2(1024), Math.log10(1000));
console.log(Math.max(...[4, 9, 2]), Math.min.apply(null, [4, 9, 2]));
