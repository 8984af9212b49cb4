// instanceof, constructor and the prototype chain of classes.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, [] instanceof Object);
console.log(b.constructor.name, Object.getPrototypeOf(B) === A, Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(A.name, B.name, (class {}).name === '');
