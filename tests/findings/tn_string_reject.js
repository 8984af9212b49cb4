// A string passed as the rejection handler is ignored.
Promise.reject(new Error('x')).then(null, 'handler').catch((e) => console.log('caught', e.message));
