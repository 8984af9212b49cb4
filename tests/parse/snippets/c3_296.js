a = b
++c
