// Deep clone via JSON and via a recursive function; deep equality by hand.
const orig = { a: [1, { b: 2 }], when: null };
const viaJson = JSON.parse(JSON.stringify(orig));
const clone = (v) => (Array.isArray(v) ? v.map(clone)
  : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) : v);
const viaClone = clone(orig);
viaJson.a[1].b = 3;
console.log(orig, viaJson, viaClone);
const deepEqual = (x, y) => JSON.stringify(x) === JSON.stringify(y);
console.log(deepEqual(orig, viaClone), deepEqual(orig, viaJson), viaClone.a !== orig.a);
