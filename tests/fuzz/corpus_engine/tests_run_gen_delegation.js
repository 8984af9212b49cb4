// yield* delegates to another generator or iterable and returns its return value.
function* inner() { yield 'i1'; yield 'i2'; return 'inner done'; }
function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('inner returned:', r);
  yield* [10, 20];
  yield 'o2';
}
console.log([...outer()]);
