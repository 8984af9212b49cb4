// finally('done') ignores the string.
Promise.resolve(2).finally('done').then((v) => console.log(v));
