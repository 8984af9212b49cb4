class A { static async method() {} static get x() { return 1 } static set x(v) {} }
