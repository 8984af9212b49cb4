// Empty array, object, nested empties.
console.log([]);
console.log({});
console.log([[], {}]);
console.log({ a: [], b: {} });
console.log([[[]]]);
