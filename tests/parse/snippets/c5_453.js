a: if (x) break a; else break a
