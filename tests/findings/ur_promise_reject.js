// A rejected promise nobody handles: node crashes after the first drain.
Promise.reject(new Error('it broke'));
setTimeout(() => console.log('done'), 0);
console.log('sync end');
