// sort: default lexicographic order, comparators, stability, numbers and mixed types.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b), ['b', 'A', 'a', 'B'].sort());
const people = [{ n: 'a', age: 30 }, { n: 'b', age: 25 }, { n: 'c', age: 30 }, { n: 'd', age: 25 }];
console.log(people.sort((x, y) => x.age - y.age).map((p) => p.n).join(''));
console.log([true, false, 'x', 1, null, undefined, NaN].sort(), [3, 2, 1].sort(() => 0), ['10', '9', 9, 10].sort());
console.log([1, 2, 3].sort((a, b) => b > a), [5, 1, 4].toSorted(), [0, -0, 0].sort().map((v) => Object.is(v, -0)));
