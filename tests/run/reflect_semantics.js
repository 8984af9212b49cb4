// Reflect's functions on ordinary objects: receivers for get/set (getters and
// setters run with them), construct with a newTarget, descriptors, prototypes.
class Base { constructor(x) { this.x = x; this.nt = Object.getPrototypeOf(this).constructor.name; } hello() { return 'base'; } }
class Derived extends Base { constructor(x) { super(x * 2); this.d = true; } hello() { return 'derived'; } }
class Other { other() { return 'other'; } }
const a = Reflect.construct(Base, [1]);
console.log(a, a instanceof Base, a.nt);
const b = Reflect.construct(Base, [2], Derived);
console.log(b, b instanceof Derived, b.nt, b.hello());
const c = Reflect.construct(Derived, [3], Other);
console.log(c, c instanceof Other, c instanceof Derived, c.nt, c.other());
function F(v) { this.v = v; this.t = Object.getPrototypeOf(this).constructor.name; }
console.log(Reflect.construct(F, [1]), Reflect.construct(F, [2], Other), Reflect.construct(F, [3], Other) instanceof Other);
function R() { return { replaced: true }; }
console.log(Reflect.construct(R, []));
console.log(Reflect.construct(Array, [3]), Reflect.construct(Date, [0]).getTime());
const e = Reflect.construct(Error, ['boom'], Derived);
console.log(e instanceof Derived, e.message);
class MyErr extends Error {}
const me = Reflect.construct(Error, ['m'], MyErr);
console.log(me instanceof MyErr, me.message, Object.prototype.toString.call(me));
console.log(Reflect.construct(Promise, [(r) => r(5)]) instanceof Promise);
const bound = Base.bind(null, 9);
console.log(Reflect.construct(bound, []), Reflect.construct(Base, [1], bound).nt);
console.log(Reflect.construct(Map, [[[1, 2]]]));
// apply
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(function () { return this; }, 'str', []) );
console.log(Reflect.apply(function (...a) { return a; }, null, { length: 3, 0: 'a', 2: 'c' }));
console.log(Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
// get / set with receivers
const proto = { get g() { return this.name; }, set s(v) { this._s = v + '!'; }, name: 'proto' };
const obj = Object.create(proto); obj.name = 'obj';
const recv = { name: 'recv' };
console.log(Reflect.get(obj, 'g'), Reflect.get(obj, 'g', recv), Reflect.get(obj, 'name', recv), Reflect.get(obj, 'missing', recv));
console.log(Reflect.set(obj, 's', 1, recv), recv._s, obj._s);
console.log(Reflect.set(obj, 'plain', 2, recv), recv.plain, obj.plain);
console.log(Reflect.set(obj, 'name', 'n2'), obj.name, proto.name);
const frozen = Object.freeze({ k: 1 });
console.log(Reflect.set(frozen, 'k', 2), Reflect.set(frozen, 'z', 2), frozen);
console.log(Reflect.set({}, 'x', 1, 5), Reflect.set({ get only() { return 1; } }, 'only', 2));
const ro = {}; Object.defineProperty(ro, 'w', { value: 1, writable: false, configurable: true });
console.log(Reflect.set({}, 'w', 5, ro), ro.w);
const acc = { get a() { return 1; } };
console.log(Reflect.set({}, 'a', 5, acc), acc.a);
const arr = [1, 2, 3];
console.log(Reflect.set(arr, 'length', 1), arr, Reflect.set(arr, 5, 'x'), arr);
console.log(Reflect.get([10, 20], 1), Reflect.get(Object('abc'), 'length'));
class P { get v() { return this.tag; } }
class Q extends P { get v() { return 'Q:' + Reflect.get(P.prototype, 'v', this); } }
const q = new Q(); q.tag = 'T';
console.log(q.v);
// the rest
const o = { a: 1, [Symbol('s')]: 2 };
console.log(Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.has([], 'length'), Reflect.has(o, { toString() { return 'a'; } }));
console.log(Reflect.ownKeys(o), Reflect.ownKeys([1, 2]), Reflect.ownKeys(class K { static m() {} }));
console.log(Reflect.defineProperty(o, 'b', { value: 2 }), Object.getOwnPropertyDescriptor(o, 'b'));
console.log(Reflect.defineProperty(o, 'b', { value: 3 }), o.b);
console.log(Reflect.deleteProperty(o, 'a'), Reflect.deleteProperty(o, 'b'), Reflect.deleteProperty(o, 'zz'), o);
console.log(Reflect.getOwnPropertyDescriptor(o, 'b'), Reflect.getOwnPropertyDescriptor(o, 'nope'));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.getPrototypeOf(Object.create(null)));
const ne = {};
console.log(Reflect.isExtensible(ne), Reflect.preventExtensions(ne), Reflect.isExtensible(ne), Reflect.defineProperty(ne, 'x', { value: 1 }));
console.log(Reflect.setPrototypeOf(ne, null), Reflect.setPrototypeOf(ne, Object.prototype), Reflect.setPrototypeOf({}, null));
const s1 = {}; const s2 = Object.create(s1);
console.log(Reflect.setPrototypeOf(s1, s2), Reflect.setPrototypeOf(s2, Array.prototype), s2 instanceof Array);
console.log(typeof Reflect, Reflect.toString(), String(Reflect), Object.keys(Reflect));
console.log(Reflect.get.name, Reflect.ownKeys.length, Reflect.defineProperty.length, Reflect.has.length);
