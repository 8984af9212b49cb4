class A {
  args = arguments;
}
