class A { x
 y
 static z = 1
 'q' = 2
 [k] = 3 }
