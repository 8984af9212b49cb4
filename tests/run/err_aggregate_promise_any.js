// AggregateError from Promise.any, and its errors array.
Promise.any([Promise.reject(new Error('x')), Promise.reject('plain')]).catch((e) => {
  console.log(e.constructor.name, e.name, e.message, e.errors.length);
  console.log(e.errors[1], e instanceof AggregateError, e instanceof Error);
});
Promise.any([]).catch((e) => console.log(e.message, e.errors));
const ag = new AggregateError(new Set([1, 2]), 'from a set');
console.log(ag.errors, ag.message, Object.keys(ag), ag.toString());
