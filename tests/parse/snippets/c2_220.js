class A extends B { m() { super() } }
