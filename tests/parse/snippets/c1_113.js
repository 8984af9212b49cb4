x = a / b / c
