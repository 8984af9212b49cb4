x = { m() { return () => super.m() } }
