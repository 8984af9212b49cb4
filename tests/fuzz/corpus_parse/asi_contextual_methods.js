const o = {
  get() { return 1 },
  set(v) { return v },
  async() { return 3 },
  static() { return 4 },
  get x() { return 5 },
  async *gen() { yield 6 },
}
class C {
  static static() {}
  get get() { return 1 }
  set set(v) {}
  static async *[Symbol.asyncIterator]() {}
}
console.log(o.get(), o.x)
