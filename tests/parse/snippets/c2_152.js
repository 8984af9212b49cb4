for (var i = 0, j = 1; i < j; i++, j--) {}
