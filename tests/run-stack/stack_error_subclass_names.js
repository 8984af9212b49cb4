// Subclasses of Error: inspect names the constructor when it differs from err.name.
class ValidationError extends Error {}
class Oops extends Error {}
class NamedError extends TypeError { constructor(m) { super(m); this.name = 'NamedError'; } }
console.log(new ValidationError('bad input'));
console.log(new Oops('no name'));
console.log(new NamedError('typed'));
const e = new Error('before');
const first = e.stack.split('\n')[0];
e.name = 'Renamed';
console.log(first, '|', e.stack.split('\n')[0], '|', String(e));
const bare = Object.create(null);
console.log(new ValidationError('x').stack.split('\n')[0], new Oops('y').toString());
