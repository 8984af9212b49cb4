class A extends B {
  static x = 1
  y
  constructor(v) { super(v); super.m() }
  get g() { return 1 }
  set g(v) {}
  static async *gen() { yield* [1] }
  [k]() {}
  "s"() {}
}
