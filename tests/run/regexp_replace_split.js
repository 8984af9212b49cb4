// String.prototype.replace/replaceAll/split with regular expressions:
// substitution patterns, function replacers, captures in split, limits.
const s = 'The Quick Brown Fox';
console.log(s.replace(/(\w)(\w*)/g, (m, a, b, off, str) => `${b}${a}ay@${off}/${str.length}`));
console.log(s.replace(/quick/i, '[$&|$`|$\']'), s.replace(/o/g, '$$'), s.replace(/(?<w>B\w+)/, '<$<w>>'));
console.log(s.replaceAll(/[aeiou]/gi, (v) => v.toUpperCase()), s.replaceAll(/(?:)/g, '.'));
console.log('aaa'.replace(/a*/g, 'X'), 'abc'.replace(/x*/g, '-'), 'a\u{1F600}b'.replace(/(?:)/gu, '|'));
console.log('a\u{1F600}b'.replace(/(?:)/g, '|').length);
console.log('one  two\tthree\nfour'.split(/\s+/), 'a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/, 3));
console.log('2024-01-15T10:20'.split(/[-T:]/).map(Number), ''.split(/,/), ','.split(/,/), 'abc'.split(/b*/));
console.log('test'.split(/(?=s)/), 'A<b>B</b>C'.split(/<(\/)?([^<>]+)>/));
console.log('x'.replace(/x/, '$1'), 'x'.replace(/(x)/, '$2$1$01$10'), 'ab'.replace(/(a)(b)?/, '[$2]'));
const re = /o/g;
re.lastIndex = 5;
console.log('foo boo'.replace(re, '0'), re.lastIndex, 'foo'.search(re), re.lastIndex);
console.log('a-b-c'.replace(/-/g, function () { return `(${arguments.length})`; }));
console.log('k1=v1;k2=v2'.replace(/(?<k>\w+)=(?<v>\w+)/g, (...args) => JSON.stringify(args[args.length - 1])));
