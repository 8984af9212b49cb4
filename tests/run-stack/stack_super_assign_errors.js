// Failed super assignments and reads: node's messages and positions.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 3).join('\n'));
  }
}
class A0 { get g() { return 1; } set t(v) { throw new Error('setter ' + v); } get h() { throw new Error('getter'); } }
class A extends A0 {}
Object.defineProperty(A.prototype, 'ro', { value: 1 });
class B extends A {
  constructor() {
    super();
    Object.defineProperty(this, 'acc', { get() { return 1; } });
    Object.defineProperty(this, 'own', { value: 1 });
  }
  getterOnly() { super.g = 1; }
  protoReadOnly() { super.ro = 1; }
  ownAccessor() { super.acc = 2; }
  ownReadOnly() { super.own += 2; }
  setterThrows() { super.t = 3; }
  getterThrows() { return 1 + super.h; }
  getterThrowsKeyed() { return 1 + super[ 'h' ]; }
  onPrimitive() { super.x = 1; }
  onFrozen() { super.x = 2; }
}
const b = new B();
show(() => b.getterOnly());
show(() => b.protoReadOnly());
show(() => b.ownAccessor());
show(() => b.ownReadOnly());
show(() => b.setterThrows());
show(() => b.getterThrows());
show(() => b.getterThrowsKeyed());
show(() => B.prototype.onPrimitive.call(5));
show(() => B.prototype.onFrozen.call(Object.freeze({})));
const n = {
  __proto__: null,
  set() { super.x = 1; },
  read() { return [1, super.x]; },
  compound() { super.x += 1; },
  update() { super.x++; },
};
show(() => n.set());
show(() => n.read());
show(() => n.compound());
show(() => n.update());
class C extends A { constructor() { super.x = 1; super(); } }
show(() => new C());
const sloppy = { __proto__: { get g() { return 'g'; } }, f() { Object.freeze(this); super.g = 1; super.x = 1; return 'sloppy: ignored'; } };
console.log(sloppy.f());
