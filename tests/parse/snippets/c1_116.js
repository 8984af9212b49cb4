x = {}
/foo/g.test(y)
