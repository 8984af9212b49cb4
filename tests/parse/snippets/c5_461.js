class A { static x; static y = 2; z; }
