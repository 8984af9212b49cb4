// Arrow functions: implicit returns, object literal returns, no own arguments.
const sq = (x) => x * x;
const obj = () => ({ a: 1 });
const noParens = (x) => { x * 2; };
console.log(sq(4), obj(), noParens(3));
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(outer('outer arg'));
const curry = (a) => (b) => (c) => a + b + c;
console.log(curry(1)(2)(3));
