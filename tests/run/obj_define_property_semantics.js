// defineProperty defaults, getters/setters, redefinition rules and descriptors.
const o = {};
Object.defineProperty(o, 'ro', { value: 1 });
o.ro = 2;
console.log(o.ro, Object.getOwnPropertyDescriptor(o, 'ro'), Object.keys(o), o);
let store = 0;
Object.defineProperty(o, 'acc', { get() { return store; }, set(v) { store = v * 2; }, enumerable: true, configurable: true });
o.acc = 5;
console.log(o.acc, o, JSON.stringify(o));
for (const bad of [() => Object.defineProperty(o, 'ro', { value: 3 }), () => Object.defineProperty(o, 'ro', { enumerable: true }), () => Object.defineProperty(o, 'ro', { value: 1 })]) {
  try { bad(); console.log('allowed'); } catch (e) { console.log(e.message); }
}
Object.defineProperties(o, { p1: { value: 'a', enumerable: true }, p2: { value: 'b' } });
console.log(o, Object.getOwnPropertyNames(o), o.propertyIsEnumerable('p2'));
