// Keys that are not identifiers are quoted.
console.log({ 'a-b': 1, 'with space': 2, valid_id: 3, $dollar: 4, '1abc': 5 });
console.log({ 1: 'one', 2: 'two', x: 'x' });
console.log({ '': 'empty key' });
console.log({ "it's": 1 });
