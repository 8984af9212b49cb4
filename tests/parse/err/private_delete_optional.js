class A {
  #x = 1;
  m() { return delete this?.#x; }
}
