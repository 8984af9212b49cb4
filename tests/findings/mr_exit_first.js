// A rejection the process never reports: it exits first.
Promise.reject(new Error('lost'));
process.exit(0);
