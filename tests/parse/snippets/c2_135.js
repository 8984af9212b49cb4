async (x)
=> x
