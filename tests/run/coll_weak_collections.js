// WeakMap and WeakSet: object keys only, entries hidden by inspect.
const k = {};
const wm = new WeakMap([[k, 1]]);
console.log(wm, new WeakSet([k]), wm.get(k), wm.has({}), [wm]);
for (const bad of [() => wm.set(1, 2), () => new WeakSet().add('s'), () => new WeakMap([[1, 2]]), () => WeakMap()]) {
  try { bad(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(wm.delete(k), wm.has(k), Object.prototype.toString.call(wm));
