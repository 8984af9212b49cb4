// BigInt literals: every radix, separators, as property names and operands.
const a = [0n, 1n, 123_456n, 0x1Fn, 0XFFn, 0o17n, 0O7n, 0b101n, 0B1_0n, 9007199254740993n];
const o = { 1n: 'one', 0x10n: 'sixteen' };
const x = -1n + 2n ** 64n, y = 1n.toString(), z = `${1n}`;
