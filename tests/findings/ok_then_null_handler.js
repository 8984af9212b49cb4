// then(null, f) and then(undefined, f) are the usual way to skip a handler.
Promise.reject(new Error('z')).then(null, (e) => console.log('one', e.message));
Promise.reject(new Error('w')).then(undefined, (e) => console.log('two', e.message));
