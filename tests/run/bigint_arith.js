// BigInt arithmetic: + - * / % ** with truncating division, unary minus,
// ++ and --, compound assignment, bitwise operators on two's complement,
// shifts both ways, values far beyond 2^64.
const show = (label, v) => console.log(label, v);
show('add', 1n + 2n, 9007199254740993n + 1n);
show('sub', 5n - 8n);
show('mul', 12345678901234567890123456789n * 98765432109876543210n);
show('div', 7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n);
show('mod', 7n % 2n, -7n % 2n, 7n % -2n, -7n % -2n);
show('pow', 2n ** 100n, (-3n) ** 3n, 0n ** 0n, (-1n) ** 1001n);
show('neg', -(5n), -(-5n), -0n);
let x = 5n;
x++; show('inc', x);
x--; x--; show('dec', x);
x += 10n; x *= 3n; x **= 2n; x -= 1n; x /= 7n; x %= 1000n; show('compound', x);
let y = 1n;
show('post', y++, y, ++y, y--, --y);
show('and', 12n & 10n, -12n & 10n, 5n & -2n);
show('or', 12n | 3n, -5n | 2n);
show('xor', 12n ^ 10n, -5n ^ 3n);
show('not', ~5n, ~-1n, ~0n);
show('shl', 1n << 64n, -3n << 2n, 5n << -1n);
show('shr', 1024n >> 3n, -5n >> 1n, -1n >> 100n, 5n >> -2n);
let f = 1n;
for (let i = 1n; i <= 30n; i++) f *= i;
show('30!', f);
show('big div', (2n ** 200n + 12345n) / (2n ** 67n - 1n), (2n ** 200n + 12345n) % (2n ** 67n - 1n));
