return
x
