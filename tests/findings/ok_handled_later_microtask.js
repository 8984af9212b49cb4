// The rejection is handled in a later microtask of the same drain: in time.
const p = Promise.reject(new Error('soon handled'));
Promise.resolve()
  .then(() => {})
  .then(() => p.catch((e) => console.log('handled', e.message)));
