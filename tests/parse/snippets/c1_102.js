async () => { await x }
