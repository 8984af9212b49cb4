// replace with special $ patterns and function replacers.
console.log('john smith'.replace('john', '$&!'), 'a-b'.replace('-', '$$'), 'abc'.replace('b', "$'$`"));
console.log('aaa'.replace('a', (m, off, str) => `[${m}${off}${str}]`), 'aaa'.replaceAll('a', (m, off) => off));
console.log('x.y.z'.split('.').map((p, i) => p.toUpperCase() + i).join(''));
console.log('abc'.replace('', '-'), 'abc'.replaceAll('', '-'), 'abab'.replaceAll('ab', '$&$&'));
