function* g() { x = yield; [yield, 1]; f(yield) }
