x = `a\`b`
