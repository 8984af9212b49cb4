async function m() {
 const f = () => 1
 await f()
}
