// sort with comparators: numeric, descending, by key, stable.
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
const people = [{ n: 'ann', age: 30 }, { n: 'bob', age: 25 }, { n: 'cy', age: 30 }, { n: 'di', age: 25 }];
console.log(people.sort((a, b) => a.age - b.age).map((p) => p.n).join(' '));
console.log(['bb', 'a', 'ccc', 'dd'].sort((a, b) => a.length - b.length));
