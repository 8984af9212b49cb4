new (a.b)()
