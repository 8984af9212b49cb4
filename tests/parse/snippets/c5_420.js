new Foo(...args)
