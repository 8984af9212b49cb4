function* g() { x = { yield } }
