function* g() { (yield) }
