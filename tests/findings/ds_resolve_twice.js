// resolve() called twice: the second value is silently ignored.
const p = new Promise((resolve) => {
  resolve('first');
  resolve('second');
});
p.then((v) => console.log('got', v));
