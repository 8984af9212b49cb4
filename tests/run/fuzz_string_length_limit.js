// Found by fuzzing: `s += s` in a loop grew strings without bound until
// ticktock aborted; node throws RangeError past 2^29 - 24 code units.
// fuzz: not a seed (it builds 2^28-unit strings: too slow for the fuzzer's 20 s limit)
const big = 'x'.repeat(2 ** 28);
const tries = {
  plus: () => big + big,
  template: () => `${big}${big}`,
  concat: () => big.concat(big),
  join: () => [big, big].join(''),
  padEnd: () => big.padEnd(2 ** 29),
  repeat: () => 'ab'.repeat(2 ** 28),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    console.log(name, f().length);
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
console.log(big.length);
