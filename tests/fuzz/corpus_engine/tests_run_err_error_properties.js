// Error constructors: name, message, toString, missing message, non-string message.
for (const C of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  const e = new C('m');
  console.log(e.name, e.message, String(e), e instanceof Error);
}
console.log(String(new Error()), String(new Error(42)), new Error(undefined).message === '');
console.log(Error('no new') instanceof Error, typeof new Error('x').stack);
