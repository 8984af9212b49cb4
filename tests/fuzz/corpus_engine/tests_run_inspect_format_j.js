// %j is JSON.stringify.
console.log('%j', { a: 1, b: [true, null] });
console.log('%j', 'str');
console.log('%j', [1, 'two']);
console.log('%j', undefined);
const c = {};
c.c = c;
console.log('%j', c);
