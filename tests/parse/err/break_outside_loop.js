function f() {
  break
}
