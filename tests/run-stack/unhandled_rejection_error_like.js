// node's isErrorLike is "an object with an own stack": such an object is
// reported itself (node's layout for objects), not wrapped in an
// UnhandledPromiseRejection.
function MyError(msg) { this.message = msg; this.stack = 'MyError: ' + msg + ' (custom)'; }
Promise.reject(new MyError('old-style'));
