// A long string inside an object forces a line break; strings are never cut below 10000 chars.
const long = 'x'.repeat(90);
console.log({ long });
console.log([long]);
console.log({ a: 'short', b: 'y'.repeat(70) });
