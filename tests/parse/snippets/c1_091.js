let [a, b] = c
