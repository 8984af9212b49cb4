// Values passed to next() become the result of yield.
function* accumulator() {
  let total = 0;
  while (true) {
    const x = yield total;
    if (x === undefined) break;
    total += x;
  }
  return 'final ' + total;
}
const acc = accumulator();
acc.next();
console.log(acc.next(5).value, acc.next(10).value, acc.next());
