class A {
  #x = 1;
  m() { return { #x: 1 }; }
}
