x = 1.toString()
