typeof x ** 2
