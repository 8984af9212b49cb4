// toFixed rounding and padding.
console.log((1.005).toFixed(2), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((0).toFixed(2), (123.456).toFixed(1), (0.000001).toFixed(7));
console.log((1e21).toFixed(2), (12).toFixed(), (-0.0001).toFixed(2));
console.log((10.235).toFixed(2), (99.995).toFixed(2));
