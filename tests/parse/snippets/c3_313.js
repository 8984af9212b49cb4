new Foo
