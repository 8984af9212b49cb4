// Integer-like keys come first in ascending order, then strings in insertion order.
const o = {};
o.b = 1;
o[10] = 2;
o.a = 3;
o[2] = 4;
o['-1'] = 5;
console.log(o);
console.log(Object.keys(o));
