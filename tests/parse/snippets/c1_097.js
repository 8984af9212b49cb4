(a, b) => a
