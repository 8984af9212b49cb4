// Reading or writing properties of undefined and null.
const tries = [
  () => { let u; return u.x; },
  () => { const n = null; return n.x; },
  () => { const o = {}; return o.a.b; },
  () => { let u; u.x = 1; },
  () => { const n = null; n['key'] = 1; },
  () => { const arr = []; return arr[0].name; },
  () => { const { a } = null; },
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
