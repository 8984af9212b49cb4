// structuredClone (node >= 17) and the clone a postMessage makes: data only, a new graph,
// shared and cyclic references kept; class instances become plain objects; Error keeps its
// standard class (chosen by name), message, stack and cause; functions, symbols and
// promises cannot be cloned (DataCloneError).
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const shared = { tag: 'shared' };
const src = {
  n: 1, s: 'two', b: true, u: undefined, nul: null, neg0: -0,
  arr: [1, , 3], p: new Point(), map: new Map([[1, shared], ['k', [shared]]]),
  set: new Set([shared, 2]), when: new Date(86400000), boxed: new Number(7),
  err: Object.assign(new RangeError('bad'), { code: 'E_BAD' }),
  nested: { deeper: { list: [shared] } },
};
src.self = src;
src.arr.extra = 'kept';
const c = structuredClone(src);
console.log(c.n, c.s, c.b, c.u, c.nul, Object.is(c.neg0, -0));
console.log(c.arr, c.arr.length, 1 in c.arr);
console.log(c.p, c.p instanceof Point, c.p.y);
console.log(c.self === c, c !== src, c.map.get(1) === c.set.values().next().value);
console.log(c.map.get('k')[0] === c.nested.deeper.list[0], c.map.get(1) === shared);
console.log(c.when.getTime(), c.when instanceof Date, c.boxed instanceof Number, +c.boxed);
console.log(c.err instanceof RangeError, c.err.name, c.err.message, c.err.code, c.err.stack === src.err.stack);
const renamed = new TypeError('t');
renamed.name = 'Custom';
console.log(structuredClone(renamed).name, structuredClone(new (class MyError extends Error {})('q')).name);
console.log(structuredClone(new Error('c', { cause: { why: 'because' } })).cause);
for (const bad of [() => 1, Symbol('s'), Promise.resolve(), { f: function named() {} }]) {
  try {
    structuredClone(bad);
  } catch (e) {
    console.log(e.name, e.code, e instanceof DOMException, e.message.startsWith('() => 1') || e.message.slice(-17));
  }
}
const { port1, port2 } = new MessageChannel();
const sent = { count: 1, list: [1] };
port2.on('message', (m) => {
  console.log('received', m, m === sent);
  port2.close();
});
port1.postMessage(sent);
sent.count = 99;
sent.list.push(2);
console.log('posted, then mutated', sent);
