// A subclass of Error with its own name and fields.
class HttpError extends Error {
  constructor(status, msg) { super(msg); this.name = 'HttpError'; this.status = status; }
}
console.log(new HttpError(404, 'not found'));
