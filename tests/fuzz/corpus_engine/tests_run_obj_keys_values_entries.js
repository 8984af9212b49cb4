// Object.keys/values/entries and fromEntries.
const o = { a: 1, b: 'two', c: [3] };
console.log(Object.keys(o), Object.values(o), Object.entries(o));
console.log(Object.fromEntries([['x', 1], ['y', 2]]));
console.log(Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v])));
console.log(Object.keys('hi'), Object.keys([7, 8]), Object.entries({}));
