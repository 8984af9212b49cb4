x = this / 2
