class A {
  #x = 1;
  static m() { return class { n() { return this.#z; } }; }
}
