const r = await fetch(url)
