// Function length, name and default parameters evaluated at call time.
function f(a, b = 2, c) {}
const g = (...r) => r;
console.log(f.length, g.length, f.name, g.name);
let n = 0;
function stamp(id = ++n) { return id; }
console.log(stamp(), stamp(), stamp(10), stamp());
