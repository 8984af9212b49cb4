x = 5..toString()
