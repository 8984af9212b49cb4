// Generators: next() results, exhaustion, return value.
function* count() {
  yield 1;
  yield 2;
  return 3;
}
const g = count();
console.log(g.next(), g.next(), g.next(), g.next());
console.log([...count()]);
