x => x
;(a, b = 1, ...c) => { return a }
async (x) => await x
async y => y
;() => ({})
async function f() { const g = () => 1
 await g() }
