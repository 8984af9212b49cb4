// Map and Set inspection: sizes, nesting, objects as keys, long content breaking lines.
const m = new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, 'nan'], [null, undefined]]);
console.log(m, new Set([1, 'two', { three: 3 }, [4]]), new Map(), new Set());
console.log({ inner: new Map([['deep', new Map([['deeper', new Map([['deepest', 1]])]])]]) });
const big = new Map();
for (let i = 0; i < 8; i++) big.set(`key number ${i}`, { value: i, label: `item ${i}` });
console.log(big);
const s = new Set();
for (let i = 0; i < 30; i++) s.add(i * 7);
console.log(s, [new Set([1])], m.size, s.has(21));
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]), new (class Tagged extends Set {})(['a']));
