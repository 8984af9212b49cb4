// Boxed primitives print with their type.
console.log(new Number(3), new String('ab'), new Boolean(false));
console.log([new Number(-0)]);
console.log(typeof new Number(3), typeof Number(3));
