// Indentation with numbers and strings; empty containers stay on one line.
const data = { name: 'x', list: [1, { deep: true }], empty: {}, none: [] };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, 2], null, '--'));
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
