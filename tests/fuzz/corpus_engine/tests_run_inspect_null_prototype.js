// Objects without a prototype print with [Object: null prototype].
const o = Object.create(null);
o.x = 1;
console.log(o);
console.log(Object.create(null));
const dict = Object.assign(Object.create(null), { a: 1, b: 'two' });
console.log(dict);
