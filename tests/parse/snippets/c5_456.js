x = function f() { return f }
