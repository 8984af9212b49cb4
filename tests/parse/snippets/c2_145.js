for ({a} of c) {}
