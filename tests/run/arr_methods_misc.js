// Array methods: flat/flatMap depth, fill with negatives, splice variants, lastIndexOf, at, entries.
console.log([1, [2, [3, [4]]]].flat(Infinity), [1, [2, [3]]].flat(0), [[1], [2]].flatMap((x) => x), [1, 2].flatMap((x) => [[x]]));
console.log([1, 2, 3, 4].fill(0, -2), [1, 2, 3].fill(9, 1, 2), new Array(3).fill().map((_, i) => i));
const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2, 'x', 'y', 'z'), a, a.splice(-2), a, a.splice(1, 0, 'ins'), a, a.splice(), a);
console.log([1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, -2), [NaN].indexOf(NaN), [NaN].includes(NaN));
console.log([...['a', 'b'].entries()], [...['a', 'b'].keys()], Array.from('abc', (c) => c.toUpperCase()));
console.log([3, 1, 2].findLast((x) => x > 1), [3, 1, 2].findLastIndex((x) => x > 5), [1, 2, 3].reduceRight((acc, x) => acc + x, ''));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), [1, 2, 3].join(), [[1, 2], [3]].join(';'), [].concat(1, [2], [[3]]));
console.log([1, 2, 3].some((x) => x > 2), [].every(() => false), [1, 2, 3].includes('2'), ['a', 'b'].indexOf('b', -1));
