// catch({}) does not catch anything.
Promise.reject(new Error('y'))
  .catch({ handle: true })
  .catch((e) => console.log('second catch', e.message));
