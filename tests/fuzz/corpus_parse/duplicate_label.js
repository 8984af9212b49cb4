a: a: for (;;) {}
