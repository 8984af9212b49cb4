// replace and replaceAll with string patterns and replacement functions.
console.log('a-b-c'.replace('-', '+'), 'a-b-c'.replaceAll('-', '+'));
console.log('price: $5'.replace('$5', '$$10'), 'x'.replace('x', '[$&]'));
console.log('hello'.replace('l', (m, offset) => m.toUpperCase() + offset));
console.log('aaa'.replace('', '-'), 'abc'.replace('z', 'y'));
console.log('John Smith'.replace('John', "$'"), 'ab'.replace('b', "$`"));
