// Reflect.construct with a newTarget: the prototype comes from newTarget,
// derived constructors pass it on through super(), built-ins honour it.
class Base { constructor(x) { this.x = x; this.made = Object.getPrototypeOf(this).constructor.name; } who() { return 'base'; } }
class Derived extends Base { constructor(x) { super(x * 2); this.d = true; } who() { return 'derived'; } }
class Other { other() { return 'other'; } }
class Deeper extends Derived {}
console.log(Reflect.construct(Base, [1]));
console.log(Reflect.construct(Base, [2], Derived).who());
const c = Reflect.construct(Derived, [3], Other);
console.log(c, c instanceof Other, c instanceof Derived, c.other());
console.log(Reflect.construct(Deeper, [4]), Reflect.construct(Deeper, [5], Base) instanceof Deeper);
class MyArray extends Array {}
const arr = Reflect.construct(Array, [1, 2, 3], MyArray);
console.log(arr, arr instanceof MyArray, arr.length);
class MyError extends Error {}
const e = Reflect.construct(Error, ['boom'], MyError);
console.log(e instanceof MyError, e.message, e.name);
class MyPromise extends Promise {}
const p = Reflect.construct(Promise, [(r) => r(7)], MyPromise);
console.log(p instanceof MyPromise, p.then((v) => console.log('then', v)) instanceof MyPromise);
function Legacy(a, b) { this.sum = a + b; }
Legacy.prototype.kind = 'legacy';
const l = Reflect.construct(Legacy, [2, 3], Other);
console.log(l, l.kind, l instanceof Other);
function Returns() { return [1]; }
console.log(Reflect.construct(Returns, []), Reflect.construct(Returns, [], Other));
const Bound = Base.bind(null, 'bound');
console.log(Reflect.construct(Bound, []), Reflect.construct(Base, ['nt'], Bound).made);
const nt = function () {};
nt.prototype = null;
console.log(Object.getPrototypeOf(Reflect.construct(Base, [0], nt)) === Object.prototype);
// the result is a value like any other: used in expressions, awaited, spread
const list = [Reflect.construct(Base, [6]), ...[Reflect.construct(Derived, [7])]];
console.log(list.map((o) => o.who()));
(async () => { const v = await Reflect.construct(Base, [8]); console.log('async', v.x); })();
class Thrower { constructor() { throw new TypeError('no'); } }
try { Reflect.construct(Thrower, []); } catch (err) { console.log(err.message); }
class Bad extends Base { constructor() { } }
try { Reflect.construct(Bad, []); } catch (err) { console.log(err.constructor.name, err.message); }
