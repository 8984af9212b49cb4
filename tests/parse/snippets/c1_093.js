let [a, ...b] = c
