// Throwing a plain object (not an Error) uncaught: node prints a blank line,
// the throw site and the object inspected (BigInts as 12n), and no
// --trace-uncaught hint; exit code 1.
const payload = { code: 42, size: 12n, parts: [1n, -2n] };
console.log('throwing');
throw payload;
