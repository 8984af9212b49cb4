new a.b.C()
