// Errors inside containers are indented; an error without frames is bracketed.
const e = new RangeError('out of range');
console.log({ error: e, list: [new Error('in array')] });
const noStack = new Error('no stack');
noStack.stack = undefined;
console.log(noStack, [noStack]);
const custom = new Error('custom stack');
custom.stack = 'Something else entirely';
console.log(custom);
const withProps = new Error('props');
withProps.code = 'E_CODE';
withProps.name = 'Error';
console.log(withProps);
console.log('%s and %o', new Error('fmt'), 1);
