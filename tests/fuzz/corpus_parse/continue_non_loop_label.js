block: {
  for (;;) continue block
}
