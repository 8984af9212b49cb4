const f = (a)
  => a
