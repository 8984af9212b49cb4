class A { static prototype() {} }
