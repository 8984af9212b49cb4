// Replacer as a function and as a key whitelist.
const o = { keep: 1, drop: 2, nested: { keep: 3, drop: 4 } };
console.log(JSON.stringify(o, ['keep', 'nested']));
console.log(JSON.stringify(o, (k, v) => (k === 'drop' ? undefined : v)));
console.log(JSON.stringify({ n: 1, s: 'x' }, (k, v) => (typeof v === 'number' ? v * 100 : v)));
