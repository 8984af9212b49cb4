// Symbol keys are skipped by keys/JSON but visible to getOwnPropertySymbols.
const id = Symbol('id');
const o = { [id]: 7, name: 'n' };
console.log(Object.keys(o), JSON.stringify(o), o[id]);
console.log(Object.getOwnPropertySymbols(o));
