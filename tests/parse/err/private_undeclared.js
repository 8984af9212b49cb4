class A {
  m() { return this.#y; }
}
