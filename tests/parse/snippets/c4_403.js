var été = 1
