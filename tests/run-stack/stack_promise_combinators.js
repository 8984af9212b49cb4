// Promise.all/allSettled/race/any results as printed.
const wait = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.all([1, Promise.resolve(2), wait(10, 3)]).then((v) => console.log('all', v));
Promise.allSettled([wait(5, 'ok'), wait(15, 'bad', true), 7]).then((r) => console.log('allSettled', r.map((x) => x.status), r[1].reason.message, r));
Promise.race([wait(30, 'slow'), wait(20, 'fast')]).then((v) => console.log('race', v));
Promise.any([wait(40, 'e1', true), wait(50, 'winner')]).then((v) => console.log('any', v));
Promise.all([wait(60, 'x'), Promise.reject(new TypeError('early'))]).catch((e) => console.log('all rejected', e.name, e.message));
