class A {
  static {
    const f = () => arguments;
  }
}
