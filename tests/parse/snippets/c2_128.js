class A { get
 x() {} }
