x = 'a b'
