// new.target in functions, constructors, methods and arrows (node v20).
function F() {
  console.log('F', new.target === F, typeof new.target);
}
F();
new F();
F.call({});

function G() {
  const arrow = () => new.target;
  const nested = () => () => new.target;
  return { a: arrow(), b: nested()() };
}
const r1 = G();
console.log('G call', r1.a, r1.b);
const r2 = new G();
console.log('G new', r2.a === G, r2.b === G);

class A {
  constructor() {
    console.log('A', new.target.name, new.target === this.constructor);
  }
}
class B extends A {
  constructor() {
    super();
    console.log('B', new.target.name);
  }
}
class C extends B {}
new A();
new B();
new C();

const obj = {
  m() { return new.target; },
  get g() { return new.target; },
};
console.log('method', obj.m(), obj.g);
class M { static s() { return new.target; } i() { return new.target; } }
console.log('class methods', M.s(), new M().i());

// Reflect.construct passes a new.target other than the callee
function H() { return { nt: new.target }; }
console.log('Reflect', Reflect.construct(H, []).nt === H, Reflect.construct(H, [], F).nt === F);
class R { constructor() { this.nt = new.target.name; } }
console.log('Reflect class', Reflect.construct(R, [], F).nt);

// top level of a CommonJS module: a function body called without new
console.log('top', new.target, (() => new.target)());

// generators and async functions are never constructed
function* gen() { yield new.target; }
console.log('gen', gen().next().value);
async function af() { return new.target; }
af().then((v) => console.log('async', v));

// a function that must be called with new
function Point(x) {
  if (!new.target) return new Point(x);
  this.x = x;
}
console.log('guard', Point(3).x, new Point(4).x);
try {
  (function Strict() { if (new.target === undefined) throw new TypeError('use new'); })();
} catch (e) {
  console.log('caught', e.message);
}
