// String.prototype.repeat builds its result by doubling copies: counts that
// are and are not powers of two, empty strings, surrogate pairs, large counts.
const cases = [['ab', 3], ['', 5], ['x', 0], ['abc', 1], ['\u{1F600}', 2], ['xy', 7], ['abc', 8], ['q', 1000]];
for (const [s, n] of cases) {
  const r = s.repeat(n);
  console.log(JSON.stringify(s), n, r.length, r.length <= 16 ? r : r.slice(0, 6) + '...' + r.slice(-6));
}
const big = 'xyz'.repeat(3 ** 12);
console.log(big.length, big.indexOf('zx'), big.lastIndexOf('xyz'), big.endsWith('xyzxyz'));
