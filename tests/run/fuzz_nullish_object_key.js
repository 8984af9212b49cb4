// undefined[obj] throws before the key is converted (no toString runs);
// V8 names the key only when it needs no side effect.
const u = undefined;
const keys = [{}, { toString() { console.log('ran'); return 'q'; } }, { valueOf() { return 1; } }, [], [1, 2], new Map(),
  function f() {}, () => 1, new Error('x'), Object.create(null), new Date(0), 1.5, true, null, -0, 'str', Symbol('s'),
  new (class B {})()];
for (const k of keys) {
  try { u[k]; } catch (e) { console.log(e.message); }
}
try { null[{}](); } catch (e) { console.log(e.message); }
