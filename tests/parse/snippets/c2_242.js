x = 3in x
