a++
b
