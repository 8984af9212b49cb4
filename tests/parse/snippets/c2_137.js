var let = 1; let.x
