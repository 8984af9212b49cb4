// Extra own properties of an error are printed in braces after the stack.
const e = new Error('disk full');
e.code = 'ENOSPC';
e.retry = false;
console.log(e);
