// Two unhandled rejections: the first kills the process, the second is
// never even reported.
Promise.reject(new Error('first'));
Promise.reject(new Error('second'));
