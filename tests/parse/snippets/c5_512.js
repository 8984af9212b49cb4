x = a
|| b
