x = y / 2 / z
