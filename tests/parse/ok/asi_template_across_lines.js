const tag = (s) => s[0]
const t = tag
`text`
console.log(t)
