// An 'unhandledRejection' listener takes care of it: the process survives.
process.on('unhandledRejection', (e) => console.log('listener:', e.message));
Promise.reject(new Error('seen'));
setTimeout(() => console.log('alive'), 1);
