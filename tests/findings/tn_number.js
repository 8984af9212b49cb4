// then(5): the number is ignored and the value passes through.
Promise.resolve('value').then(5).then((v) => console.log(v));
