// From the seed article "Asynchronous JavaScript", section "Stack overflow".
// Throws RangeError: Maximum call stack size exceeded.
function foo() {
  foo();
}

foo();
