a = b
+c
