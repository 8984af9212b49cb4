new a[b]()
