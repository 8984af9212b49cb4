// Annex B: a plain function declaration as the body of an if statement.
if (Math.random() > 2) function f() { return 1 }
else function g() { return 2 }
console.log(typeof g)
