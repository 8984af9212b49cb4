let a = 1, b = 2, c = null
console.log(2 ** 3 ** 2, (-2) ** 2, a ?? (b || c), (a && b) ?? c)
a ||= 3
b &&= 4
c ??= 5
a **= 2
console.log(typeof a, void 0, a in { 1: 1 }, [] instanceof Array)
