const \u0061 = 1
