// Promise inspection: pending, fulfilled with objects, rejected, nested in structures.
const pending = new Promise(() => {});
const ok = Promise.resolve({ v: [1, 2] });
const bad = Promise.reject(new Error('nope'));
bad.catch(() => {});
const rejPlain = Promise.reject('plain');
rejPlain.catch(() => {});
console.log(pending, ok, rejPlain, [pending], { p: ok });
class MyPromise extends Promise {}
console.log(MyPromise.resolve(1), Promise.resolve(undefined), Promise.resolve(Promise.resolve('n')));
(async () => 5)().then((v) => console.log('async result', v));
console.log((async () => {})(), (async () => { await null; })());
