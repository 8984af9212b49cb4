const f = (a, a) => a
