// Error cause: any value; inspect lists [cause] when present (even undefined).
const e1 = new Error('a', { cause: 42 });
const e2 = new Error('b', { cause: undefined });
const e3 = new Error('c', {});
const e4 = new TypeError('d', { cause: null });
console.log('cause' in e1, e1.cause, 'cause' in e2, 'cause' in e3, e4.cause);
console.log(Object.getOwnPropertyNames(e1), Object.keys(e1));
console.log(Object.getOwnPropertyDescriptor(e1, 'cause'));
const e5 = new Error('e', { get cause() { return 'from getter'; } });
console.log(e5.cause, JSON.stringify(e1), String(e1), e1.toString === Error.prototype.toString);
