x = a+++b
