// Promise.all keeps input order although the inputs finish in another order.
const after = (ms, v) => new Promise((r) => setTimeout(() => { console.log('finished', v); r(v); }, ms));
Promise.all([after(90, 'slow'), after(0, 'fast'), 'plain', after(45, 'medium')])
  .then((vs) => console.log(vs));
