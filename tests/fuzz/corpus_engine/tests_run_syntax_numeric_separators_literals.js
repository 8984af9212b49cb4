// Numeric literals: separators, hex, octal, binary, exponent.
console.log(1_000_000, 0xff, 0o17, 0b1010, 1e3, .5, 5., 0.1e-2);
console.log(0XFF === 255, 1_0.5_0);
