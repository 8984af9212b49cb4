// %d, %i and %f number conversions.
console.log('%d', 42);
console.log('%d', '42');
console.log('%d', 'abc');
console.log('%d', 1.75);
console.log('%i', 1.75);
console.log('%i', -1.75);
console.log('%f', '3.5');
console.log('%f', 'x');
console.log('%d + %d = %d', 1, 2, 3);
