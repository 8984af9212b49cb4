class A extends B { constructor(...args) { super(...args); this.x = super.y } }
