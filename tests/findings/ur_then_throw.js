// A throw in a then handler rejects the derived promise, which nobody handles.
Promise.resolve(1)
  .then((v) => { throw new Error('bad value ' + v); });
setImmediate(() => console.log('immediate'));
