// Object.hasOwn vs in vs hasOwnProperty with prototypes and null-prototype objects.
const o = Object.create({ inherited: 1 });
o.own = 2;
console.log(Object.hasOwn(o, 'own'), Object.hasOwn(o, 'inherited'), 'inherited' in o);
const bare = Object.create(null);
bare.k = 1;
console.log(Object.hasOwn(bare, 'k'), typeof bare.hasOwnProperty);
