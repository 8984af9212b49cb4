// race and any over already-settled inputs pick the first in iteration order.
const r = Promise.reject(new Error('rejected first'));
const f = Promise.resolve('fulfilled');
Promise.race([r, f]).then((v) => console.log('race ->', v), (e) => console.log('race x', e.message));
Promise.any([r, f]).then((v) => console.log('any ->', v));
Promise.race([f, r]).then((v) => console.log('race reversed ->', v));
