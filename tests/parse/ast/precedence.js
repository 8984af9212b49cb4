a + b * c ** d ** e - f
!a && b || c
a ?? (b || c)
x = y = z += 1
a ? b : c ? d : e
a, b, c
typeof a === "b" && a instanceof B
;(-a) ** 2 === 4 || i++ + --j
x /= 2
x %= 3
