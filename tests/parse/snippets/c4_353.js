x = y
? a : b
