// Array.from, Array.of and Array.isArray.
console.log(Array.from('abc'), Array.from({ length: 3 }), Array.from({ length: 3 }, (_, i) => i * 10));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'a']])));
console.log(Array.of(7), Array.of(1, 2, 3), Array(3).length, Array(1, 2));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'));
