// Messages of TypeErrors and RangeErrors thrown by built-ins (receivers shown as V8 does).
const tries = [
  () => (1).toFixed(-1), () => (1).toExponential(101), () => (1).toPrecision(101),
  () => 'a'.repeat(Infinity), () => 'a'.padStart(Infinity), () => new Array(1.5), () => [].length = -1,
  () => 'abc'.normalize('X'), () => String.fromCodePoint(-1), () => new Set().add.call(1),
  () => (123.456).toString(37), () => 'a'.localeCompare(),
  () => { function r() { r(); } r(); }, () => Symbol.prototype.toString.call(1),
  () => new (function () {}.bind())(), 
  () => ({}).toString.call(), () => Object.setPrototypeOf(Object.preventExtensions({}), {}),
  () => Object.create(5), () => Object.defineProperty({}, 'a', { get: 5 }),
  () => Object.defineProperty({}, 'a', { get() {}, value: 1 }),
  () => new WeakMap().set(1, 1), () => new WeakSet().add(1),
  () => [].reduce((a, b) => a), () => null.x, () => Promise.resolve.call(1),
  () => new Promise(), () => Promise.prototype.then.call(1), () => new Map().get.call({}),
  () => new Set([1]).has.call([]),
];
for (const t of tries) {
  try { const r = t(); console.log('ok', typeof r); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
