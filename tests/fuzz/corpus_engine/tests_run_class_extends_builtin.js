// Extending Error and Array.
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
const e = new ValidationError('email');
console.log(e.message, e.name, e.field, e instanceof Error, String(e));
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2);
console.log(s.peek(), s.length, s instanceof Array, Array.isArray(s), s);
