const s = 'a\101'
