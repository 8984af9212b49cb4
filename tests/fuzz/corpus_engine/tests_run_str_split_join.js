// split with string separators and limits.
console.log('a,b,,c'.split(','));
console.log('a b c'.split(' ', 2));
console.log('abc'.split(''));
console.log('abc'.split());
console.log(''.split(','), ''.split(''));
console.log('one--two--three'.split('--').join(' / '));
console.log('2024-01-15'.split('-').map(Number));
