class A {
  async constructor() {}
}
