function foo() {
  foo();
}

foo();
