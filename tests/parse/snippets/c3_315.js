new (foo())()
