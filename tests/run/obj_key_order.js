// Property order: integer keys ascending first, then strings in insertion order, then symbols.
const o = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '-1': 'neg', '01': 'lead', 4294967295: 'big', 1.5: 'frac' };
console.log(Object.keys(o), Object.entries(o));
console.log(JSON.stringify(o), o);
for (const k in o) process.stdout.write(k + ' ');
console.log();
const arr = ['x'];
arr.prop = 'p';
arr[5] = 'y';
console.log(Object.keys(arr), arr);
console.log(Object.assign({ z: 1 }, { 3: 'c', a: 1 }, { 1: 'b' }), Object.fromEntries([['b', 1], ['2', 2], ['a', 3]]));
