[a, b] = [b, a]
