// Higher-order functions: compose, pipe, partial.
const compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);
const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);
const inc = (x) => x + 1, dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
const partial = (fn, ...a) => (...b) => fn(...a, ...b);
console.log(partial(Math.max, 5)(1, 9));
