function f(async) {}
