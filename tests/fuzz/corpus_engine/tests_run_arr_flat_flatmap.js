// flat with depths and flatMap.
const nested = [1, [2, [3, [4]]]];
console.log(nested.flat(), nested.flat(2), nested.flat(Infinity));
console.log([[1, 2], [3]].flatMap((x) => x), ['a b', 'c'].flatMap((s) => s.split(' ')));
console.log([1, 2].flatMap((x) => [x, x * 10]), [1, , 3].flat());
