const s = `\unicode`
