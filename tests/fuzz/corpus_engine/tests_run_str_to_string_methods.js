// toString of various values and String.prototype methods on non-strings.
console.log((123).toString(), true.toString(), [1, [2, [3]]].toString());
console.log(({}).toString(), (function f(a) { return a; }).toString());
console.log((() => 1).toString(), (class A { m() {} }).toString());
console.log(String.prototype.toUpperCase.call(true));
