// `async` followed by a newline is an identifier expression statement.
var async = 1
async
function f() { return 2 }
console.log(f())
