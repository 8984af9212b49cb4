while (x) class A {}
