// V8 builds an object literal that starts with a spread by copying it, then
// stores the properties up to the next computed key or spread, leaving out
// those defined again later in the literal, and only then that run's getters
// and setters: `{ ...o, get x() {}, y }` lists y before x.
const k = 'k';
let v1 = 5;
console.log({ ...true, get then() { return 1; }, v1 });
console.log({ ...{ s: 0 }, a: 1, get x() { return 1; }, b: 2, [k]: 3, get y() { return 1; }, c: 4 });
console.log({ ...{ s: 0 }, set x(v) {}, a: 1, get x() { return 1; } });
console.log({ ...{ s: 0 }, get x() { return 1; }, x: 1 });
console.log({ ...{ s: 0 }, x: 1, get x() { return 1; }, b: 2 });
console.log({ ...{ s: 0 }, get x() { return 1; }, a: 1, ...{ t: 0 }, get y() { return 1; }, b: 2 });
console.log({ a: 0, ...{ s: 0 }, get x() { return 1; }, b: 2 });
console.log({ ...{ s: 0 }, m() {}, get x() { return 1; }, b: 2, __proto__: null });
console.log({ ...{ s: 0 }, get 1() { return 1; }, 0: 2, b: 3 });
console.log({ ...{ s: 0 }, x: 1, [k]: 2, x: 3 });
console.log({ ...{ s: 0 }, x: 1, ...{ t: 0 }, x: 3 });
console.log({ ...{ s: 0 }, get x() { return 1; }, [k]: 2, set x(v) {} });
console.log({ ...{ s: 0 }, x: console.log('effect'), y: 2, x: 3 });
console.log({ x: 1, ...{ y: 1 }, x: 2 }, { a: 1, get x() { return 1; }, b: 2 }, { x: 0, a: 1, get x() { return 1; } });
