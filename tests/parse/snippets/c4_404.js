var a = 1
