let[0] = 1
