const obj = { get: 1, set: 2, static: 3, async: 4, await: 5, of: 6 }
const get = obj.get, set = obj.set
let async = 1
const of = 2
console.log(get, set, async, of, obj.static)
