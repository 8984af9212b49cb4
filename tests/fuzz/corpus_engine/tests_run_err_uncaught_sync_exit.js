// An uncaught synchronous throw ends the program with exit code 1 (stdout before it is kept).
console.log('before');
function fail() { throw new TypeError('fatal problem'); }
fail();
console.log('never printed');
