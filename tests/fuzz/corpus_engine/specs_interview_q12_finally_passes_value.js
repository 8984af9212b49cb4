// Q: What does .finally() pass on - its own return value or the original one? And a throw?
Promise.resolve(1)
  .finally(() => 2)
  .then((v) => console.log('after finally returning 2:', v));
Promise.reject(new Error('orig'))
  .finally(() => 'ignored')
  .catch((e) => console.log('still rejected with:', e.message));
Promise.resolve(1)
  .finally(() => { throw new Error('from finally'); })
  .catch((e) => console.log('finally threw:', e.message));
