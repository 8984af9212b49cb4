// for...in walks own and inherited enumerable keys; for...of needs entries.
const proto = { inherited: true };
const o = Object.create(proto);
o.b = 1;
o.a = 2;
o[3] = 'three';
for (const k in o) console.log('in', k);
for (const [k, v] of Object.entries(o)) console.log('of', k, v);
