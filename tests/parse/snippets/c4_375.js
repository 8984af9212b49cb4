async function f() { await
x }
