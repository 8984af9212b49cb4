class A {
  static {
    console.log(1)
  }
}
