a?.b.c.d()
