function* g() { yield 1; yield* g(); yield
1 }
