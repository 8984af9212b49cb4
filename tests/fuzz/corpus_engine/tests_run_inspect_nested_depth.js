// Objects nested deeper than 2 levels are abbreviated as [Object] / [Array].
const deep = { l1: { l2: { l3: { l4: 'bottom' } } } };
console.log(deep);
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ a: { b: { c: [1, 2] } } });
console.log({ a: { b: { c: {} } } });
