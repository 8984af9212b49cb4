// Relational comparisons with mixed types.
console.log('10' < '9', 10 < 9, '10' < 9, 'a' < 'b', 'B' < 'a');
console.log(null >= 0, null > 0, undefined >= 0, NaN < 1, NaN >= 1);
console.log([2] > 1, 'abc' < 'abd', 'Z' < 'a');
