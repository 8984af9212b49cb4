x = a => b => c
