// Article "Asynchronous JavaScript", section "Stack overflow" - exactly as written:
// the RangeError is not caught, so node prints it on stderr and exits with code 1.
function foo() {
  foo();
}

foo();
