// undefined and null as values and the difference from a missing key.
console.log({ a: undefined, b: null });
console.log([undefined, null]);
console.log([undefined, , null]);
console.log(Object.keys({ a: undefined }));
