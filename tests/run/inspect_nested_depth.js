// Nesting beyond depth 2 collapses to [Object]/[Array]/[ClassName].
class Node { constructor(v, next) { this.v = v; this.next = next; } }
const list = new Node(1, new Node(2, new Node(3, new Node(4, null))));
console.log(list);
console.log({ a: [[[1, [2]]]] }, [[[[[]]]]], { m: new Map([[1, { deep: { deeper: 1 } }]]) });
console.log({ l1: { l2: { l3: [] } } }, { l1: { l2: { l3: {} } } }, { l1: { l2: { l3: new Set([1]) } } });
const util = require('util');
console.log(util.inspect(list, { depth: 0 }), util.inspect(list, { depth: 1 }));
console.log(util.inspect({ a: { b: { c: { d: { e: {} } } } } }, { depth: null }));
