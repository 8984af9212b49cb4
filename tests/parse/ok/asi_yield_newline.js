function* g() {
  yield
  1
  yield 2
  const x = yield
  ;[yield, 3]
}
console.log([...g()])
