// Custom error classes, name, instanceof and cause.
class HttpError extends Error {
  constructor(status, message) { super(message); this.name = 'HttpError'; this.status = status; }
}
class NotFound extends HttpError { constructor(what) { super(404, `${what} not found`); this.name = 'NotFound'; } }
const e = new NotFound('user');
console.log(e.name, e.message, e.status, e instanceof NotFound, e instanceof HttpError, e instanceof Error);
console.log(String(e), Object.prototype.toString.call(e));
const wrapped = new Error('outer', { cause: e });
console.log(wrapped.cause === e, wrapped.cause.message);
