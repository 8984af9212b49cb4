// getOwnPropertyNames includes the built-in non-enumerable keys (length, name).
function f(a, b) {}
console.log(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames(() => 1));
console.log(Object.getOwnPropertyNames(class A { static s() {} }), Object.getOwnPropertyNames(new String('ab')));
console.log(Object.getOwnPropertyNames({ b: 1, a: 2, 1: 0 }), Object.keys([5, 6]), Object.keys('xy'));
console.log(f.length, f.name, (() => {}).name, Object.getOwnPropertyNames(async () => {}));
const util = require('util');
console.log(util.inspect([1, 2], { showHidden: true }));
console.log('%o', [1, [2]]);
