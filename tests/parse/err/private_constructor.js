class A {
  #constructor() {}
}
