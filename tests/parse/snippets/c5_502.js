do do x(); while (a) while (b)
