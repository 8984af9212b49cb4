// No semicolon is inserted before "[": this parses as b = 2[a, b] = [b, a].
var a = 1, b = 2
[a, b] = [b, a]
console.log(a, b)
