// console.log of an Error prints its stack (message line, then "    at" frames).
function inner() { return new Error('boom'); }
const e = inner();
console.log(e);
console.log('after');
