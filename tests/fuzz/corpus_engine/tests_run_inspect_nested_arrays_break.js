// Nested arrays and line breaking at the top level.
console.log([[1, 2], [3, 4], [5, 6]]);
console.log([[1, 2, 3, 4, 5, 6, 7, 8], ['a', 'b']]);
console.log([{ id: 1, name: 'first item' }, { id: 2, name: 'second item' }, { id: 3, name: 'third' }]);
