class A { static x = 1; y = 2; get z() {} static async *w() {} constructor() { super.x } }
