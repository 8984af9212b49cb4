const s = `abc ${x}
