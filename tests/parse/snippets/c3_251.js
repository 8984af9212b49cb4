for (f() of x) {}
