// Dot vs bracket access, computed keys, missing properties, delete, in.
const key = 'dyn';
const o = { [key]: 1, [`${key}2`]: 2, 'needs quotes': 3 };
console.log(o.dyn, o['dyn2'], o['needs quotes'], o.missing);
console.log('dyn' in o, delete o.dyn, 'dyn' in o, delete o.nothing);
o[1] = 'one';
console.log(o['1'], o[1], Object.keys(o));
