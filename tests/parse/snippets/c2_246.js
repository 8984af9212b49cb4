x = 0.5.toFixed()
