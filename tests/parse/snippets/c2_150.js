for (x = 0 in y;;) {}
