class A { get constructor() {} }
