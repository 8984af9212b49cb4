// Getters and setters display as [Getter], [Setter], [Getter/Setter] and are not called.
let calls = 0;
const o = {
  get g() { calls++; return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
};
console.log(o, calls);
console.log([o], { nested: o }, Object.keys(o), calls);
const util = require('util');
console.log(util.inspect(o, { getters: false }), calls);
class C { constructor() { Object.defineProperty(this, 'x', { get: () => 5, enumerable: true }); } }
console.log(new C(), JSON.stringify(new C()), JSON.stringify(o), calls);
