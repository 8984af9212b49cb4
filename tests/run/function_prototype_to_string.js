// Function.prototype is a function in V8: converting it to a string (as a
// generated program does with Object.getPrototypeOf(() => 1)) gives
// "function () { [native code] }" (genfuzz seed 95153).
console.log(String(Function.prototype), `${Object.getPrototypeOf(() => 1)}`);
console.log(Function.prototype.toString(), Function.prototype.toString.call(Function.prototype));
console.log([1, Object.getPrototypeOf(function () {})].join(' | '));
