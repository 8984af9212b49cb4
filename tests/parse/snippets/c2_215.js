x = function () { return 1 }
