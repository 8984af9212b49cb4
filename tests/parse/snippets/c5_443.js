for (let i = 'a' in b ? 1 : 0; ;) break
