for (let x = 1 in y) {}
