x = function* () {}
