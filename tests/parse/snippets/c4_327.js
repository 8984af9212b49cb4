class A { x = async () => {}; y = () => this }
