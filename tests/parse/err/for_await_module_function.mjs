function f() { for await (x of y) {} }
