// An error without an own stack is not error-like for node: it is wrapped
// in an UnhandledPromiseRejection whose message shows it as V8 does.
const e = new Error('e');
delete e.stack;
Promise.reject(e);
