// Default sort compares elements as strings; undefined always goes last.
console.log([10, 9, 1, 100, 25].sort());
console.log(['b', undefined, 'a', 'c'].sort());
console.log([3, 1, 2].sort() === undefined, [true, false].sort());
console.log([-1, -10, 2, -2].sort());
