class A {
  #x = 1;
  static get #g() { return 2; }
  m(o) { return #x in o && o?.#x; }
}
