// TypeError messages for calling non-functions.
const cases = [
  () => { const x = 5; x(); },
  () => { const obj = {}; obj.method(); },
  () => { const obj = { inner: {} }; obj.inner.fn(); },
  () => { undefined(); },
  () => { [1, 2].mapp((x) => x); },
  () => { const f = null; f(); },
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
