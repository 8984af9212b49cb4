const [...a, b] = c
