// arguments objects inspect as [Arguments] objects; they spread and convert like arrays.
function show() { return arguments; }
console.log(show(1, 'a'), show(), [show(true)]);
function conv() { return [Array.from(arguments), [...arguments], Array.prototype.slice.call(arguments, 1), arguments.length]; }
console.log(conv(1, 2, 3));
function strict() { 'use strict'; return typeof arguments; }
console.log(strict(), Object.prototype.toString.call(show()));
