x = (yield) => 1
