a = b
++
c
