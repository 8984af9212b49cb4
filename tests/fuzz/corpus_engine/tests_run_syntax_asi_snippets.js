// Automatic semicolon insertion in ordinary snippets written without semicolons.
const a = 1
const b = 2
let c = a + b
console.log(c)
const list = [1, 2, 3]
list.forEach(x => console.log(x * c))
function f() {
  return
  42
}
console.log(f())
let i = 0
i++
console.log(i)
