const x = 0755
