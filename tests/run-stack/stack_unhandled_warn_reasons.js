// FLAGS: --unhandled-rejections=warn
// The warning shows an error-like reason's stack and any other reason as
// V8's side-effect-free string.
Promise.reject({ a: 1 });
Promise.reject({ stack: 'S' });
Promise.reject([1]);
Promise.reject(new Error('real'));
Promise.reject('text');
