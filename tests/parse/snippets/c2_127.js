class A { x y }
