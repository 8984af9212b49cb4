let x = 1
let y = 2
x
++y
console.log(x, y)
