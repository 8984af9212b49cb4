const f = async () => {}
f()
