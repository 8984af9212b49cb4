function f() { a: { } break a }
