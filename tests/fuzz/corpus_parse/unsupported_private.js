class A {
  #count = 0
}
