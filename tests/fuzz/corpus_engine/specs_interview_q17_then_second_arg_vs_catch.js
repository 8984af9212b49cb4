// Q: What is the difference between .then(ok, fail) and .then(ok).catch(fail) when
//    `ok` itself throws?
const ok = () => { throw new Error('thrown by ok'); };
Promise.resolve()
  .then(ok, (e) => console.log('second argument saw', e.message))
  .catch((e) => console.log('only the catch sees', e.message));
Promise.resolve()
  .then(ok)
  .catch((e) => console.log('catch after then sees', e.message));
