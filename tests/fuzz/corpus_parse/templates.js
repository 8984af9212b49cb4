x = `a${b}c${`d${e}`}`
tag`raw\n${1}\x`
y = `line1
line2`
