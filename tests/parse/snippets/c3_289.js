async () => {}
()
