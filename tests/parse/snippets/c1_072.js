new new A()()
