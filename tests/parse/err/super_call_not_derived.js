class A {
  constructor() { super() }
}
