// The main script throws: the process dies before the microtasks run, so
// the rejection queued on its way down the chain is lost as well.
Promise.reject('a plain string').then((v) => console.log(v));
throw new Error('boom');
