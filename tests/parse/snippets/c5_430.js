f()
.then(x => x)
.catch(e => e)
