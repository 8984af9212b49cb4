const a = 10, b = 2, g = 5
const x = a / b / g
const y = (a) / 2
const z = [a][0] / 2
console.log(x, y, z)
