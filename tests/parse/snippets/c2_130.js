class A { async
 x() {} }
