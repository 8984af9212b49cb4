// Iterating Maps and Sets: insertion order, entries, forEach argument order.
const m = new Map([['b', 2], ['a', 1]]);
m.set('c', 3);
m.delete('b');
m.set('b', 4);
for (const [k, v] of m) console.log(k, v);
m.forEach((v, k) => console.log('forEach', k, v));
console.log([...m.keys()], [...m.values()]);
const s = new Set(['x', 'y']);
s.forEach((v, v2, set) => console.log(v, v2, set === s));
