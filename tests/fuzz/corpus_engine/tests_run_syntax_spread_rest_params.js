// Rest parameters, spread arguments, default parameters referring to earlier ones.
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1, 2, 3), sum(...[4, 5], 6));
function range(start, end = start + 3, step = 1) { const r = []; for (let i = start; i < end; i += step) r.push(i); return r; }
console.log(range(1), range(0, 10, 4));
function f(a, b) { return arguments.length + ':' + f.length; }
console.log(f(1), f(1, 2, 3));
