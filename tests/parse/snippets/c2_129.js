class A { static
 x() {} }
