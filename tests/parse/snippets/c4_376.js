x = typeof typeof a
