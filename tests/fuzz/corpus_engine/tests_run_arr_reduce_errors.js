// reduce of an empty array without an initial value throws.
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log([].reduce((a, b) => a + b, 0), [5].reduce((a, b) => a + b));
