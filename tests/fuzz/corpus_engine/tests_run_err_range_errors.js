// RangeErrors thrown by built-ins.
const tries = [
  () => new Array(-1),
  () => (1.5).toFixed(101),
  () => 'x'.repeat(-1),
  () => (10).toString(1),
  () => (1).toPrecision(0),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
