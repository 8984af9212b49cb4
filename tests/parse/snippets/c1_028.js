a: while (1) { break a }
