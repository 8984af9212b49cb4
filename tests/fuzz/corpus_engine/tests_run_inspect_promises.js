// Promise states in console.log: pending, fulfilled with values, rejected with a non-error.
const pending = new Promise(() => {});
console.log(pending);
console.log(Promise.resolve(42));
console.log(Promise.resolve('str'));
console.log(Promise.resolve({ a: [1, 2] }));
console.log(Promise.resolve(undefined));
const r = Promise.reject(404);
r.catch(() => {});
console.log(r);
console.log([Promise.resolve(1)], { p: pending });
