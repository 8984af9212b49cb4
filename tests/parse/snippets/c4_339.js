let x = y
-1
