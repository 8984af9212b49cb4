// Classes print as [class X] and [class Y extends X].
class A {}
class B extends A {}
const C = class {};
const D = class Named {};
console.log(A, B);
console.log(C, D);
console.log([A, { B }]);
