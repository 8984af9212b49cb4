class A { m() { super.x } }
