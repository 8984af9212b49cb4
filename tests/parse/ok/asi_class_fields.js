class A {
  x = 1
  y
  static z = 2
  ["w"] = 3
  get v() { return this.x }
  m() { return this.y }
}
console.log(new A().v)
