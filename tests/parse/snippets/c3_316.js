new foo()()
