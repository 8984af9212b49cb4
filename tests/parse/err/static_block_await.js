class A {
  static {
    var await = 1;
  }
}
