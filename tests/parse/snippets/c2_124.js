class A { async() {} get() {} set() {} static() {} static static() {} get get() {} set set(v) {} }
