x = a?.
b
