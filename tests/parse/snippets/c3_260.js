x = { get async x() {} }
