x = 1e3n
