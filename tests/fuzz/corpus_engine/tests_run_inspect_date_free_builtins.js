// Built-in namespaces and constructors.
console.log(Math.max, Array.isArray, JSON.stringify);
console.log(Object, Array, Promise);
console.log(typeof Math, typeof JSON);
