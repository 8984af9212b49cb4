const fn = async function*() { yield await 1 }
