await x ** 2
