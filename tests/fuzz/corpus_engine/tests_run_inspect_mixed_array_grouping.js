// Arrays of more than 6 items mixing types are still grouped when short.
console.log([1, 'a', true, null, undefined, 2, 'b', false]);
console.log([{}, [], 1, 2, 3, 4, 5]);
