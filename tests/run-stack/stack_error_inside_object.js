// Errors nested in objects and arrays are printed with their stacks, indented.
const e = new RangeError('out of range');
console.log({ status: 'failed', error: e });
console.log([e]);
