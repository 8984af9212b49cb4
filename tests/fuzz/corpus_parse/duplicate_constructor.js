class A {
  constructor() {}
  constructor() {}
}
