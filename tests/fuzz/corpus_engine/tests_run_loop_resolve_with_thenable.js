// Resolving with a thenable calls its then in a later job.
const thenable = { then(res) { console.log('thenable.then called'); res('from thenable'); } };
new Promise((res) => { res(thenable); console.log('after resolve(thenable)'); })
  .then((v) => console.log(v));
Promise.resolve().then(() => console.log('plain then'));
console.log('sync end');
