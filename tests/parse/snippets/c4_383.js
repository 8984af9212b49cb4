x = a+ ++b
