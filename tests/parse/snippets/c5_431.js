const x = {
  a,
  b,
}
