throw
x
