x = String.raw`\n`
