// A named function expression sees its own name: recursion, closures, shadowing, read-only.
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
const g = function self() { return () => self; };
console.log(g()() === g);
const h = function me() { me = 1; return typeof me; };
console.log(h());
const k = function shadow() { var shadow = 'var'; return shadow; };
console.log(k());
const gen = function* walk(n) { if (n > 0) { yield n; yield* walk(n - 1); } };
console.log([...gen(3)]);
const asyncNamed = async function again(n) { return n ? again(n - 1) : 'done'; };
asyncNamed(3).then(console.log);
const curry = (fn) => function c(...a) { return a.length >= fn.length ? fn(...a) : (...b) => c(...a, ...b); };
console.log(curry((a, b, c) => a + b + c)(1)(2)(3));
