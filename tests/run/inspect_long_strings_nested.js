// Long strings with newlines split into + pieces at every depth; short ones stay whole.
const text = 'line one of the text\nline two of the text\nline three\n';
console.log([text]);
console.log({ a: { b: text } });
console.log(['short\nstring']);
console.log({ k: 'no newline but a rather long string value that goes past the width limit' });
console.log(new Map([['key', text]]));
console.log([`it's "quoted"\nand 'more'\nlines of text here`]);
const util = require('util');
console.log(util.inspect(text));
console.log(util.inspect('x'.repeat(20) + '\n' + 'y'.repeat(70)));
