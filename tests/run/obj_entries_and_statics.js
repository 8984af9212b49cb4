// Object.entries/values/fromEntries/assign/groupBy-free statics on various inputs.
console.log(Object.entries('ab'), Object.values([3, 4]), Object.entries({}), Object.keys(5));
console.log(Object.fromEntries(new Map([['x', 1]])), Object.fromEntries([['a', 1], ['a', 2]]));
const target = { a: 1 };
const res = Object.assign(target, null, undefined, 'hi', { b: 2 });
console.log(res === target, res);
console.log(Object.getOwnPropertyDescriptors({ get x() { return 1; }, y: 2 }));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.hasOwn({ a: 1 }, 'a'), ({}).hasOwnProperty.call([1], 0));
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.create(null)));
const frozen = Object.freeze({ inner: { v: 1 } });
frozen.inner.v = 2;
console.log(frozen, Object.isFrozen(frozen.inner), Object.entries(frozen));
