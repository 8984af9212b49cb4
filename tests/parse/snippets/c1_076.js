tag`x${1}y`
