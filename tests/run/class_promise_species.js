// Promise subclasses and Symbol.species: then/finally build the species' promises.
class MyP extends Promise {}
const p = MyP.resolve(1).then((v) => v);
console.log(p instanceof MyP, p.constructor.name, Promise[Symbol.species] === Promise, MyP[Symbol.species] === MyP);
console.log(Object.getOwnPropertyDescriptor(Promise, Symbol.species).get.name, Array[Symbol.species] === Array);
const q = Promise.resolve(2);
q.constructor = 5;
try { q.then(); } catch (e) { console.log(e.message); }
class NoSpecies extends Promise { static get [Symbol.species]() { return Promise; } }
const r = NoSpecies.resolve(3).then((v) => v);
console.log(r instanceof NoSpecies, r instanceof Promise);
p.finally(() => console.log('finally', p instanceof MyP));
