x = y => y * 2
