class A {
  static x = 1;
  static {
    var y = new.target;
  }
}
