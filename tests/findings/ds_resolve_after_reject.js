// resolve() after reject() in a callback: ignored.
const p = new Promise((resolve, reject) => {
  setTimeout(() => {
    reject(new Error('no'));
    resolve('yes');
  }, 1);
});
p.catch((e) => console.log('rejected', e.message));
