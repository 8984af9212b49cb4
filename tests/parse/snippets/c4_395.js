// comment x = 1
