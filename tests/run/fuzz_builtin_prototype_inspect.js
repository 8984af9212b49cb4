// Number.prototype and friends print as plain objects in node.
console.log(Number.prototype, String.prototype, Boolean.prototype, Object.getPrototypeOf(5), [Object.getPrototypeOf('')]);
console.log(Object.getPrototypeOf(false), new Number(3), new String('ab'), Object(true));
