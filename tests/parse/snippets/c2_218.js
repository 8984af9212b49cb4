x = { m() { super.x } }
