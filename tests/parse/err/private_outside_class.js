class A {
  #x = 1;
}
new A().#x;
