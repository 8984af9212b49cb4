// Small numeric helpers built from Math.
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
console.log([-5, 3, 12].map((v) => clamp(v, 0, 10)));
const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(avg([1, 2, 3, 4]), avg([0.1, 0.2]));
const round2 = (x) => Math.round(x * 100) / 100;
console.log(round2(1.005), round2(2.675), round2(3.14159));
