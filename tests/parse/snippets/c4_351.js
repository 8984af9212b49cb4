for (let i = 0, j = 0; ; ) break
