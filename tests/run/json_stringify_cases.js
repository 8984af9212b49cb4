// JSON.stringify: indentation, replacers, toJSON, skipped values, nested arrays.
const data = { a: 1, b: [1, 'two', null, undefined, () => 1], c: { d: undefined, e: Symbol('s'), f: NaN }, g: new Date(0) };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ['a', 'c', 'f']), JSON.stringify(data, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify([1, [2, [3]]], null, '--'), JSON.stringify({}, null, 2), JSON.stringify([], null, 2));
console.log(JSON.stringify('he said "hi"\n'), JSON.stringify('\u2028\ud800'), JSON.stringify({ k: Infinity }));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol()), JSON.stringify(null));
console.log(JSON.stringify({ toJSON() { return { x: 1 }; } }), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
console.log(JSON.stringify({ a: 1 }, null, 20).split('\n')[1].length, JSON.stringify([new Number(3), new String('s'), new Boolean(false)]));
console.log(JSON.parse('{"a":[1,2,{"b":null}]}', (k, v) => (typeof v === 'number' ? v + 1 : v)), JSON.parse(' [1e2, -0.5, "\\u0041"] '));
