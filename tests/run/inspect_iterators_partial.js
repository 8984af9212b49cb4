// Map and Set iterators show the entries they have left.
const m = new Map([['a', 1], ['b', { x: 2 }], ['c', [3]]]);
const it = m.entries();
it.next();
console.log(it, m.keys(), m.values());
const s = new Set([1, 'two', [3]]);
const sv = s.values();
sv.next();
console.log(sv, s.entries());
const done = new Set([1]).values();
done.next();
console.log(done, [...done]);
console.log([1, 2].entries(), 'ab'[Symbol.iterator](), { it: m[Symbol.iterator]() });
function* gen() { yield 1; }
const g = gen();
console.log(g, [g], Object.prototype.toString.call(g));
