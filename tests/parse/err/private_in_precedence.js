class A {
  #x;
  static m(o) { return 1 + #x in o; }
}
