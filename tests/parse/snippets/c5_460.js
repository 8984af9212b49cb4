class A { 'quoted'() {} 42() {} [Symbol.iterator]() {} }
