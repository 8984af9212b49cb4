// Operators in a callee print parenthesised, chains flat, literals folded.
const o = { a: 1 };
let x = 1;
const calls = [
  () => ((o.a + 1) + 2)(), () => (o.a + (1 + 2))(), () => (o.a * 2 + 3)(),
  () => (o.a - 2 - 3 - x)(), () => (o, o, o).q(), () => (o.a < 2)(),
  () => (o instanceof Object)(), () => ('a' in o)(), () => (2 ** 3)(),
  () => (x ** 3)(), () => (!x)(), () => (void x)(), () => (x++)(), () => (--x)(),
  () => (x += 1)(), () => (o.a = 5)(), () => (1e21)(), () => ('it\'s')(),
  () => (-1)(), () => ([])(), () => ([, 1])(), () => ([...[1]])(),
  () => (o.x || o.y)(), () => (o.x ?? o.y)(), () => (o.a ? o : o).z(),
  () => (typeof o)(), () => `a${o.a}b`.q(), () => (class {})(),
];
for (const c of calls) {
  try { c(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
