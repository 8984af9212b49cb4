// Errors converted to strings (no stack): String(), message, name, template.
const e = new Error('boom');
console.log(String(e));
console.log(e.message, '|', e.name);
console.log(`${new TypeError('bad type')}`);
console.log(new RangeError('r').toString());
console.log('' + new SyntaxError('s'));
const plain = new Error();
console.log(String(plain), JSON.stringify(plain.message));
