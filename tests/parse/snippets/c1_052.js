class A { constructor() { super() } }
