a
++
b
