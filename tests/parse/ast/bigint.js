const big = 0x1_0n + 10n;
const o = { 7n: 1 };
