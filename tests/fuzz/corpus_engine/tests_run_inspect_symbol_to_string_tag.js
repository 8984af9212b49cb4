// Objects with Symbol.toStringTag and class instances with one.
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged());
console.log(Object.prototype.toString.call(new Tagged()));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null));
