a
/b/g
