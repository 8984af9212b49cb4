async function m() { const g = () => await 1 }
