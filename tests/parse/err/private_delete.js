class A {
  #x = 1;
  m() { delete this.#x; }
}
