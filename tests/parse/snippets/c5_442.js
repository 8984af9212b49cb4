for (let i = 0, j = (a in b); i < j; i++) {}
