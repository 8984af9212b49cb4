// A call that fails inside a computed property key: V8 finds no text for
// the callee there and says "undefined is not a function".
const v3 = {};
const tries = [
  () => ({ [[0, (v3)?.includes(NaN)]]: 1 }),
  () => [[0, (v3)?.includes(NaN)]],
  () => ({ a: [(v3)?.includes(NaN)] }),
  () => ({ [v3.includes(NaN)]: 1 }),
  () => ({ [v3.x.y]: 1 }),
  () => ({ [(0, v3.includes)(NaN)]: 1 }),
  () => ({ [(() => v3.includes(1))()]: 1 }),
  () => { class B { [v3.includes(1)]() {} } return B; },
  () => { class B { static get [v3.includes(1)]() { return 1; } } return B; },
  () => ({ [[...v3]]: 1 }),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.message); }
}
const x = 5;
function* g() { throw new Error('in g'); }
for (const t of [() => [...x], () => [1, ...undefined], () => [0, ...g()]]) {
  try { t(); } catch (e) { console.log(e.message, e.stack.split('\n')[e.message === 'in g' ? 3 : 1].split(__dirname).join('<dir>')); }
}
