// String methods: slicing, searching, case, trimming, padding.
const s = 'Hello, World';
console.log(s.slice(-5), s.slice(3, -3), s.substring(5, 2), s.substr(-5, 3), s.at(-1), s.charAt(100));
console.log(s.indexOf('o'), s.lastIndexOf('o'), s.indexOf('o', 5), s.includes('World', 8), s.startsWith('World', 7), s.endsWith('Hello', 5));
console.log(s.toUpperCase(), s.toLowerCase(), '  pad  '.trim() + '|', '  pad  '.trimStart() + '|', '  pad  '.trimEnd() + '|');
console.log('5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'abc'.padStart(2), 'x'.padEnd(5, ''), 'ab'.repeat(3));
console.log(s.split(', '), s.split(''), s.split(), 'a,b,,c'.split(',', 2), ''.split(','), ''.split(''));
console.log(s.concat('!', 1, null), s.replace('o', '0'), s.replaceAll('o', '0'), s.replace('xyz', 'q'));
console.log('abc'.codePointAt(1), 'abc'.charCodeAt(5), String.fromCharCode(72, 105), String.fromCodePoint(0x1F600).length);
console.log('a-b-c'.split('-').reverse().join('+'), [...'héllo'].length, 'ß'.toUpperCase(), 'İ'.toLowerCase().length);
console.log('abc'.localeCompare('abd'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));
console.log('%s', 'x'.trimLeft === 'x'.trimStart, typeof ''.at, 'abc'.at(5));
