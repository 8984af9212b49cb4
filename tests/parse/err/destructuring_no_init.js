let [a, b]
