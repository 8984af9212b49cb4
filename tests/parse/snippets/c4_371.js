async function f() { x = { await } }
