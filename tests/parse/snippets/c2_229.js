x = `\unicode`
