let [...a, b] = c
