// Accessor functions are named 'get x' / 'set x', also for computed keys.
const o = { get a() { return 1; }, set a(v) {}, get [Symbol.iterator]() { return 1; }, m() {}, [Symbol('x')]() {} };
const d = Object.getOwnPropertyDescriptor(o, 'a');
console.log(d.get.name, d.set.name, Object.getOwnPropertyDescriptor(o, Symbol.iterator).get.name, o.m.name);
class C { get g() { return 1; } static set s(v) {} }
console.log(Object.getOwnPropertyDescriptor(C.prototype, 'g').get.name, Object.getOwnPropertyDescriptor(C, 's').set.name);
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name, Object.getOwnPropertySymbols(o).map((s) => o[s].name));
