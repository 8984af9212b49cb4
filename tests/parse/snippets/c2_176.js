f(a => a, b)
