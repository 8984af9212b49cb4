// Jobs of Promise.all, allSettled and any: their element functions run as
// then-handlers, the last one settles the combinator's promise.
Promise.all([1, Promise.resolve(2)]).then((v) => console.log('all', v));
Promise.allSettled([Promise.reject(3)]).then((v) => console.log('allSettled', v.length));
Promise.any([Promise.reject(4)]).catch((e) => console.log('any', e.errors));
