// util.inspect.custom: the arguments node passes (depth, options, inspect), depth by position
const util = require('util');
class A { [util.inspect.custom](depth, options, inspect) { console.log('custom', depth, Object.keys(options), inspect === util.inspect); return 'A!'; } }
console.log(new A());
console.log({ a: { b: new A() } });
console.log(util.inspect(new A(), { depth: 0 }));
console.log(util.inspect([new A()], { depth: null }));
console.log(util.inspect({ x: { y: { z: new A() } } }, { depth: 1 }));
class B { [util.inspect.custom]() { return { multi: 'line\nx', n: 1 }; } }
console.log({ b: new B() });
class C { [util.inspect.custom]() { return 'two\nlines'; } }
console.log({ c: new C(), arr: [new C()] });
console.log('%s and %O and %o', new C(), new C(), new C());
console.log(util.format('%j', new C()));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), util.inspect(new C(), { customInspect: false }));
console.log(A.prototype);
class D { [util.inspect.custom]() { return this; } constructor() { this.v = 1; } }
console.log(new D());
class E { [util.inspect.custom](d, o) { return o; } }
console.log(new E());
