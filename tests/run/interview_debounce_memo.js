// Memoization, currying and a fake debounce driven by timers.
const memo = (fn) => { const cache = new Map(); return (n) => (cache.has(n) ? cache.get(n) : (cache.set(n, fn(n)), cache.get(n))); };
let calls = 0;
const slowSquare = memo((n) => { calls++; return n * n; });
console.log(slowSquare(4), slowSquare(4), calls);
const curry = (f) => function c(...a) { return a.length >= f.length ? f(...a) : (...b) => c(...a, ...b); };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));
function debounce(fn, ms) { let t; return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); }; }
const log = debounce((x) => console.log('debounced', x), 20);
log(1); log(2); log(3);
setTimeout(() => log(4), 50);
