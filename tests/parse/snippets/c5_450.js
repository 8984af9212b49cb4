async function f() { for await (let [a, b] of c) ; }
