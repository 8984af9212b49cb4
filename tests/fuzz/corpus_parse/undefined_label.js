for (;;) {
  break outer
}
