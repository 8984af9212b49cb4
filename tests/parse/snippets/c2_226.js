x = { get a(b) {} }
