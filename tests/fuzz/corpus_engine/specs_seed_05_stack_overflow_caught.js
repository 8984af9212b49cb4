// Article "Asynchronous JavaScript", section "Stack overflow" - the same recursion,
// caught: the overflow is an ordinary RangeError.
function foo() {
  foo();
}

try {
  foo();
} catch (err) {
  console.log(err.name + ': ' + err.message);
  console.log(err instanceof RangeError);
}
