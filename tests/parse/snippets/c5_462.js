class A { a = 1; b = this.a; c = () => this.b }
