function f() { return }
