class A { static constructor() {} }
