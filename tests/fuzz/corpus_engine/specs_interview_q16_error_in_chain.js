// Q: A then callback throws. Which callbacks run, what does the catch see, and does the
//    chain continue after it?
Promise.resolve(1)
  .then((v) => { console.log('then 1:', v); throw new Error('broken'); })
  .then(() => console.log('then 2 (skipped?)'))
  .catch((e) => { console.log('catch:', e.message); return 'fixed'; })
  .then((v) => console.log('then 3:', v))
  .catch(() => console.log('second catch (skipped?)'));
