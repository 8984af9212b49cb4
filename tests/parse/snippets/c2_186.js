function* g() { yield yield 1 }
