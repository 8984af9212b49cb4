for (const x of [1,2,3]) console.log(x)
