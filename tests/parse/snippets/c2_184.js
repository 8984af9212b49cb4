function* g() { yield
* 2 }
