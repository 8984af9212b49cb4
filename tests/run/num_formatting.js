// Number formatting: toFixed, toPrecision, toExponential, toString(radix), exponents.
console.log((1.005).toFixed(2), (1.45).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1e21).toFixed(2), (1e-7).toFixed(10));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log((12345.6789).toExponential(), (12345.6789).toExponential(2), (0).toExponential(3), (-0).toFixed(1));
console.log(1e21, 1e-7, 123456789012345680000, 0.000001, 2 ** 53, 2 ** 53 + 1, -1e-7, 1 / 3);
console.log(Number('  42  '), Number('0x1f'), Number('1e3'), Number(''), Number('12px'), Number(null), Number([5]), Number('0b101'));
console.log(parseInt('08'), parseInt('0x1f'), parseInt('1e3'), parseFloat('1e3'), parseFloat('.5.5'), parseInt('  -12abc'), parseInt('z', 36));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, -Number.MIN_VALUE);
console.log(0.1 + 0.2, 0.1 * 3, 9007199254740993, 1.7976931348623157e308 * 10, -0 === 0, Object.is(-0, 0));
console.log([-0], { z: -0 }, String(-0), `${-0}`, JSON.stringify(-0), (-0).toString());
