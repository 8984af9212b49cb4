a = b // c
++d
