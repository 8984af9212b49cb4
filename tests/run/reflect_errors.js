// Reflect's argument checks: node's messages (stack frames in tests/run-stack).
const tries = {
  apply1: () => Reflect.apply(1),
  apply2: () => Reflect.apply(() => 1, null),
  apply3: () => Reflect.apply(() => 1, null, 5),
  apply4: () => Reflect.apply({}, null, []),
  apply5: () => Reflect.apply('abc', null, []),
  apply6: () => Reflect.apply(class A {}, null, []),
  apply7: () => Reflect.apply(Symbol('x'), null, []),
  apply8: () => Reflect.apply(null, null, []),
  apply9: () => Reflect.apply([1], null, []),
  apply10: () => Reflect.apply(true, null, []),
  construct1: () => Reflect.construct(1),
  construct2: () => Reflect.construct(() => 1, []),
  construct3: () => Reflect.construct(function () {}, []),
  construct4: () => Reflect.construct(function () {}),
  construct5: () => Reflect.construct(function () {}, [], 1),
  construct6: () => Reflect.construct(function () {}, [], () => 1),
  construct7: () => Reflect.construct(function () {}, 5),
  construct8: () => Reflect.construct(Math.max, []),
  construct9: () => Reflect.construct({}, []),
  construct10: () => Reflect.construct('abc', []),
  construct11: () => Reflect.construct(undefined, []),
  construct12: () => Reflect.construct(new (class Foo {})(), []),
  construct13: () => Reflect.construct(Object.create(null), []),
  dp1: () => Reflect.defineProperty(1, 'x', {}),
  dp2: () => Reflect.defineProperty({}, 'x', 1),
  dp3: () => Reflect.defineProperty({}, 'x'),
  dp4: () => Reflect.defineProperty({}, 'x', { get: 1 }),
  dp5: () => Reflect.defineProperty({}, 'x', { get() {}, value: 1 }),
  dp6: () => Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }),
  dl1: () => Reflect.deleteProperty(1, 'x'),
  dl2: () => Reflect.deleteProperty(Object.freeze({ x: 1 }), 'x'),
  get1: () => Reflect.get(1, 'x'),
  get2: () => Reflect.get(),
  get3: () => Reflect.get({}, { toString() { throw new Error('key'); } }),
  gopd: () => Reflect.getOwnPropertyDescriptor(1, 'x'),
  gpo: () => Reflect.getPrototypeOf(1),
  has: () => Reflect.has(1, 'x'),
  ie: () => Reflect.isExtensible(1),
  ok: () => Reflect.ownKeys(1),
  ok2: () => Reflect.ownKeys(null),
  pe: () => Reflect.preventExtensions('s'),
  set1: () => Reflect.set(1, 'x', 1),
  spo1: () => Reflect.setPrototypeOf(1, null),
  spo2: () => Reflect.setPrototypeOf({}, 1),
  spo3: () => Reflect.setPrototypeOf({}),
  spo4: () => Reflect.setPrototypeOf(Object.preventExtensions({}), {}),
  nw: () => new Reflect.get({}, 'x'),
  rc: () => Reflect(),
};
for (const [k, f] of Object.entries(tries)) {
  try { console.log(k, f()); } catch (e) { console.log(k, `${e.name}: ${e.message}`); }
}
console.log(Reflect);
console.log(Object.prototype.toString.call(Reflect), Reflect[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(Reflect));
console.log(Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Reflect'));
console.log(Reflect.apply.length, Reflect.construct.length, Reflect.get.length, Reflect.set.length, Reflect.defineProperty.length);
