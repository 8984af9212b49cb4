var a = b
(c)
