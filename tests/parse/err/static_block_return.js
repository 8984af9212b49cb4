class A {
  static {
    if (this) return;
  }
}
