// Maps and Sets inside objects and arrays, and vice versa.
console.log({ m: new Map([['k', new Set([1, 2])]]) });
console.log([new Set(['x']), new Map([[1, { deep: { deeper: {} } }]])]);
