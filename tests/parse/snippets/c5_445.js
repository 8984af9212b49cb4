for (const f = () => a in b;;) break
