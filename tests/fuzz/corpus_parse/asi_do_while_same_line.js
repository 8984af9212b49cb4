do x() while (y)
