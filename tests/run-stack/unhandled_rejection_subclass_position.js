// A subclass of Error with the implicit constructor: node points at the
// first frame of the stack (the `new`), not into the class.
class E extends Error {}
const e = new E('sub');
Promise.reject(e);
