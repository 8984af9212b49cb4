// padStart, padEnd and repeat - the building blocks of aligned text output.
console.log('5'.padStart(3, '0'), 'abc'.padStart(6), 'abc'.padEnd(6, '.') + '|');
console.log('abcdef'.padStart(3), 'x'.padStart(5, 'ab'), ''.padEnd(3, '-'));
console.log('ab'.repeat(3), '-'.repeat(0) === '', '='.repeat(10));
for (const [k, v] of [['apples', 3], ['kiwi', 12]]) console.log(k.padEnd(8) + String(v).padStart(4));
