x = !!a
