do x while (y)
