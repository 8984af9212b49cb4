do x
while (y)
