const f = (a + b) => 1
