// console.table: arrays of objects and arrays, objects, Map, Set, primitives, column filter, wide characters.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([{ name: 'n', age: 3 }], ['name']);
console.table('not tabular');
console.table([]);
console.table(new Map([['a', { x: 1 }], ['b', 2]]));
console.table(new Set(['x', [1, 2, 3, 4], { a: 1, b: 2, c: 3 }]));
console.table([1, 'two', { three: 3 }, [4, 5]]);
console.table({ a: [1, 2], b: { nested: { deep: 1 } } });
console.table([{ 名前: '太郎', emoji: '😀' }]);
console.table([{ a: 1 }], ['a', 'missing']);
