a = b
/c/
