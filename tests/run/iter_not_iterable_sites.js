// "x is not iterable": which expression V8 names, and its fallback text.
function f() { return 5; }
const o = { n: null, num: 5, obj: {} };
const v = null, w = 5;
const tries = [
  () => { for (const x of 5); }, () => { for (const x of o.list); },
  () => { for (const x of { a: 1 }); }, () => { for (const x of f()); },
  () => { for (const x of o.n || 5); }, () => { for (const x of (o, 5)); },
  () => { [...{}]; }, () => { [...o.n]; }, () => { [...f()]; },
  () => { const [a] = v; }, () => { const [a] = o.num; }, () => { const [a] = {}; },
  () => { const [a] = f(); }, () => { const [a] = (w); }, () => { let a; [a] = 5; },
  () => { for (const [a] of [5]); }, () => { function g([a]) {} g(5); },
  () => { f(...o.x); }, () => { f(1, ...null); }, () => { Math.max(...5); },
  () => { new Map(5); }, () => { new Set({}); }, () => { Array.from(null); },
  () => { Array.from({ [Symbol.iterator]: 5 }); },
  () => { for (const x of { [Symbol.iterator]() { return 5; } }); },
  () => { for (const x of { [Symbol.iterator]() { return { next: 5 }; } }); },
  () => { o.x[Symbol.iterator]; }, () => { o[Symbol('z')](); },
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
(async () => {
  try { for await (const x of 5); } catch (e) { console.log(e.message); }
  try { for await (const x of {}); } catch (e) { console.log(e.message); }
})();
