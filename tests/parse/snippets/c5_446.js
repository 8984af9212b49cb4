x = a in b
