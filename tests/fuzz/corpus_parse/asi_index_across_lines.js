const a = [1, 2]
const i = 0
const x = a
[i]
console.log(x)
