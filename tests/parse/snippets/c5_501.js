while (a) while (b) c()
