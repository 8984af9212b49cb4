x = {a, b, c}
