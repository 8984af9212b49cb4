x = 'it\'s'
