const [a] = [], b
