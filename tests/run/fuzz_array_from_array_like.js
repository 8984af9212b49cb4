// Array.from of a plain array-like is one native step (genfuzz: Array.from({length: 100000})
// used up --max-steps 2000000 in the prelude loop); getters and inherited elements keep
// the prelude path.
console.log(Array.from({ length: 3 }), Array.from({ length: 3, 1: 'b', 0: 'a', 5: 'x' }), Array.from({}), Array.from({ length: -1 }));
console.log(Array.from({ length: '2' }), Array.from({ length: 2.7, 0: 1 }), Array.from({ length: NaN }), Array.from({ length: { valueOf() { return 2; } } }));
console.log(Array.from({ length: 2, get 0() { return 'g'; } }), Array.from({ get length() { return 1; } }));
Object.prototype[1] = 'inherited';
console.log(Array.from({ length: 3 }));
delete Object.prototype[1];
console.log(Array.from({ length: 100000 }).length, Array.from({ length: 4 }, (_, i) => i * i));
for (let i = 0; i < 30; i++) Array.from({ length: 100000 }); console.log('ok');
console.log(Array.from(5), Array.from(true), Array.from('ab'), Array.from(new Set([1])));
