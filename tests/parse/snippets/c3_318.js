x = a
?.b
