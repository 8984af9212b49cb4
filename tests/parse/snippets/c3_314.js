new Foo.bar()
