// V8's "is not a function" texts around BigInt literals: a literal reads
// "(intermediate value)", and `!1n` is folded to false like other literals.
const o = {};
const calls = [() => o[1n](), () => (1n)(), () => 1n.foo(), () => o.x(1n), () => [1n](), () => o[-1n](), () => (!1n)(), () => (!0n)()];
for (const t of calls) {
  try {
    t();
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
console.log('%d|%i|%d', Object(3n), Object(-4n), -0n);
