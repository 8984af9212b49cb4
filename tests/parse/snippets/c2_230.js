x = tag`\unicode`
