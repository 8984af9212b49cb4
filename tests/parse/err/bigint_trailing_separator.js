x = 1_n
