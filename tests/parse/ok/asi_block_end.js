function f() { return 1 }
if (f()) { console.log("yes") } else { console.log("no") }
const g = () => { f() }
