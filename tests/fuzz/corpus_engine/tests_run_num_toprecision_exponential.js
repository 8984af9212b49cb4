// toPrecision and toExponential.
console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2));
console.log((1).toPrecision(3), (99.99).toPrecision(3));
console.log((123.456).toExponential(2), (0).toExponential(), (1e-10).toExponential(1));
