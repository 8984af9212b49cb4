function* g() { yield
}
