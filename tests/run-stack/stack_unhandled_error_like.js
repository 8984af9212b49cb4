// An object with an own stack property is error-like: node throws it as it
// is (from node:internal/process/promises:391), not wrapped.
process.on('exit', (code) => console.log('exit', code));
Promise.reject({ name: 'x', message: 'm', stack: 'st' });
