// Stack traces of the errors BigInt operators and built-ins throw.
function mix(a, b) { return a * b; }
function divide(a, b) { return a / b; }
for (const f of [() => mix(2n, 3), () => divide(1n, 0n), () => BigInt(1.5), () => BigInt('x1'), () => JSON.stringify([1n]),
  () => Math.max(1n), () => new BigInt(2), () => BigInt.asUintN(-1, 1n), () => (1n).toString(99)]) {
  try {
    f();
  } catch (e) {
    console.log(e.stack);
  }
}
mix(1n, 1.5);
