// Q: Two chains race through the microtask queue; one of them has a .finally().
//    Print the interleaving.
Promise.resolve('a')
  .finally(() => console.log('finally a'))
  .then((v) => console.log('then', v));
Promise.resolve('b')
  .then(() => console.log('b1'))
  .then(() => console.log('b2'))
  .then(() => console.log('b3'))
  .then(() => console.log('b4'));
