// A newline does not end a statement when the next token can continue it:
// this is a call a(b), as in JavaScript.
const a = (x) => x
const b = 1
const c = a
(b)
console.log(c)
