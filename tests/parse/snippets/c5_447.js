x = !(a in b)
