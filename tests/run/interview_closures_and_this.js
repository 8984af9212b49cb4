// Classic interview snippets: closures in loops, this binding, hoisting.
var fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()));
let fns2 = [];
for (let j = 0; j < 3; j++) fns2.push(() => j);
console.log(fns2.map((f) => f()));
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this; })[0]; },
  nestedArrow() { return [1].map(() => this.name)[0]; },
};
console.log(obj.regular(), obj.arrow(), obj.nested() === undefined, obj.nestedArrow());
const detached = obj.regular;
console.log(detached(), detached.call({ name: 'other' }), detached.bind({ name: 'bound' })());
console.log(typeof hoistedFn, typeof notHoisted);
function hoistedFn() {}
var notHoisted = function () {};
console.log((function () { return typeof arguments; })(), (() => { try { return typeof arguments; } catch (e) { return e.name; } })());
