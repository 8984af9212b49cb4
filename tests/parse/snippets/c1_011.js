do x; while (y) z()
