// TypeErrors thrown by built-ins and operators.
const tries = [
  () => null[Symbol.iterator],
  () => new (() => {})(),
  () => Symbol() + '',
  () => Object.defineProperty(1, 'x', {}),
  () => new Promise(5),
  () => ({}).x.y,
  () => Object.freeze([1]).push(2),
  () => 'abc'.at.call(null),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
