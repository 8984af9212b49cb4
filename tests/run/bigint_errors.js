// Every error BigInt operations raise, with node's constructor and message.
const tries = [
  () => 1n + 1, () => 1 * 2n, () => 5n - '1', () => 1n ** 2, () => +1n, () => 2n ** -1n, () => 1n / 0n, () => 1n % 0n,
  () => 1n >>> 0n, () => 1n << 2n ** 40n, () => 1n + Symbol(), () => Symbol() + 1n, () => 1n < Symbol(),
  () => BigInt(1.5), () => BigInt(NaN), () => BigInt(-Infinity), () => BigInt('1.5'), () => BigInt('abc'), () => BigInt('-0x1'),
  () => BigInt('1e3'), () => BigInt('0b102'), () => new BigInt(1), () => BigInt(undefined), () => BigInt(null), () => BigInt(Symbol('x')),
  () => Math.abs(1n), () => Math.max(1n, 2), () => Math.round(1n), () => isNaN(1n), () => isFinite(2n), () => new Date(1n),
  () => JSON.stringify({ a: 1n }), () => JSON.stringify(2n), () => JSON.stringify([Object(3n)]),
  () => (1n).toString(1), () => (1n).toString(37), () => BigInt.prototype.valueOf.call(1), () => BigInt.prototype.toString.call('x'),
  () => BigInt.asIntN(-1, 1n), () => BigInt.asIntN(2 ** 53, 9n), () => BigInt.asIntN(3, 1), () => BigInt.asUintN(2 ** 40, -1n),
  () => Number.prototype.toString.call(1n), () => [1n, 2].sort((a, b) => a - b),
];
for (const f of tries) {
  try {
    console.log('no error', f.toString(), f());
  } catch (e) {
    console.log(f.toString(), '->', `${e.constructor.name}: ${e.message}`);
  }
}
