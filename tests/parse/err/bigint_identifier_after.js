x = 1nx
