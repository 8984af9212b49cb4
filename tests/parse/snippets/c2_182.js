async function m() { function n() { await 1 } }
