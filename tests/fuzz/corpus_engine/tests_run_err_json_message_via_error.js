// Error messages reused in new errors, and error objects in JSON.
const e = new Error('disk full');
e.code = 'ENOSPC';
console.log(JSON.stringify(e), JSON.stringify({ message: e.message, code: e.code }));
console.log(Object.keys(e), e.toString());
