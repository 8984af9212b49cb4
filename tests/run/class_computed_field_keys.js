// Computed keys of class fields are evaluated once, when the class is
// defined, in its scope and in source order with the keys of methods
// (ticktock used to evaluate them in the field initialiser, on every
// construction and in the wrong scope: a key reading an outer variable
// crashed or wrote to the wrong slot).
const log = [];
let n = 0;
function key(tag) { n++; log.push(tag + n); return 'k' + n; }
const sym = Symbol('s');
class A {
  [key('field')] = 'one';
  [key('method')]() { return 'm'; }
  static [key('static')] = 'two';
  [sym] = 'sym';
  plain = this.k1 + '!';
  static [key('static2')] = A.k3 + '?';
  [key('last')] = n;
}
const a = new A(), b = new A();
console.log(log.join(' '), n);
console.log(Object.keys(a), Object.keys(b), a[sym], a.plain, a.k2(), a.k5);
console.log(Object.keys(A), A.k3, A.k4);
class B extends A {
  [(n += 10, 'b' + n)] = 'derived';
}
console.log(Object.keys(new B()), n);
const C = class {
  static [`c${n}`] = () => C.name;
  [n > 10 ? 'big' : 'small'] = 1;
};
console.log(Object.keys(C), Object.keys(new C()), C.c15());
let i = 0;
class D { [i++] = i; [i++] = i; }
console.log(new D(), i);
