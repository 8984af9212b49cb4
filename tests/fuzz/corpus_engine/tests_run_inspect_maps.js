// Map printing.
const m = new Map();
m.set('a', 1);
m.set(2, 'two');
m.set({ k: 1 }, [1, 2]);
console.log(m);
console.log(new Map());
console.log(new Map([['only', true]]));
console.log(m.size, m.get('a'), m.has(2), m.get('missing'));
