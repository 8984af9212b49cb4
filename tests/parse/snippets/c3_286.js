function f() {}()
