x = async function () {}
