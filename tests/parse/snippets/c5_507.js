let x = 1
;[1, 2].forEach(f)
