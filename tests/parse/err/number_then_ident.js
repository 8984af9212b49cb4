const x = 3in
