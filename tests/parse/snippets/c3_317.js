new foo.bar.baz()()
