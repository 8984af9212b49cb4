f(async function() {}, async () => {}, async x => x)
