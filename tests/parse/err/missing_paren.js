console.log(a b)
